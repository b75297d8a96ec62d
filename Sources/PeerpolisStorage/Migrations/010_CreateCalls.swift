import SQLKit

struct CreateCalls: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "calls")
            .idColumn()
            .slugColumn()
            .column("title", type: .text, .notNull)
            .column("organization_id", type: .bigint, .notNull, .references("organizations", "id"))
            .column("opens_on", type: ColumnType.day)
            .column("closes_on", type: ColumnType.day)
            .column("summary", type: .text, .notNull)
            // Eligibility rules as JSON: they are read and checked as a whole, never queried piece by piece.
            .column("rules", type: .text, .notNull)
            .timestamps()
            .run()
        try await db.createThemeLinks(table: "call_themes", owner: "call_id", ownerTable: "calls")
    }
}
