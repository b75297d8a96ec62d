import SQLKit

struct CreateOrganizations: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "organizations")
            .idColumn()
            .slugColumn()
            .column("name", type: .text, .notNull)
            .column("kind", type: .text, .notNull)
            .column("website", type: .text)
            .column("summary", type: .text, .notNull)
            .timestamps()
            .run()
    }
}
