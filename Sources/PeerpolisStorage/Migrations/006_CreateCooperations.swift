import SQLKit

struct CreateCooperations: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "cooperations")
            .idColumn()
            .slugColumn()
            .column("title", type: .text, .notNull)
            .column("programme_id", type: .bigint, .references("organizations", "id", onDelete: .setNull))
            .column("start_date", type: ColumnType.day)
            .column("end_date", type: ColumnType.day)
            .column("narrative", type: .text, .notNull)
            .timestamps()
            .run()
        try await db.createLinks(table: "cooperation_places", owner: "cooperation_id", ownerTable: "cooperations",
                                 target: "place_id", targetTable: "places")
        try await db.createThemeLinks(table: "cooperation_themes", owner: "cooperation_id",
                                      ownerTable: "cooperations")
        try await db.create(table: "cooperation_outcomes")
            .idColumn()
            .column("cooperation_id", type: .bigint, .notNull, .references("cooperations", "id", onDelete: .cascade))
            .column("position", type: .int, .notNull)
            .column("description", type: .text, .notNull)
            .column("amount", type: ColumnType.double)
            .column("unit", type: .text)
            .run()
        try await db.create(index: "cooperation_outcomes_cooperation_id").on("cooperation_outcomes")
            .column("cooperation_id").run()
    }
}
