import SQLKit

struct CreatePledges: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "pledges")
            .idColumn()
            .slugColumn()
            .column("title", type: .text, .notNull)
            .column("place_id", type: .bigint, .notNull, .references("places", "id"))
            .column("organization_id", type: .bigint, .references("organizations", "id", onDelete: .setNull))
            .column("framework", type: .text, .notNull)
            .column("principles", type: .text, .notNull)
            .column("amount", type: ColumnType.double)
            .column("currency", type: .text)
            .column("quantity", type: ColumnType.double)
            .column("unit", type: .text)
            .column("start_date", type: ColumnType.day)
            .column("end_date", type: ColumnType.day)
            .column("summary", type: .text, .notNull)
            .timestamps()
            .run()
        try await db.create(index: "pledges_place_id").on("pledges").column("place_id").run()
        try await db.create(table: "pledge_progress")
            .idColumn()
            .column("pledge_id", type: .bigint, .notNull, .references("pledges", "id", onDelete: .cascade))
            .column("date", type: ColumnType.day, .notNull)
            .column("note", type: .text, .notNull)
            .column("amount", type: ColumnType.double)
            .column("quantity", type: ColumnType.double)
            .run()
        try await db.create(index: "pledge_progress_pledge_id").on("pledge_progress").column("pledge_id").run()
    }
}
