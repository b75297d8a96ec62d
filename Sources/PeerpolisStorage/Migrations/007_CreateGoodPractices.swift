import SQLKit

struct CreateGoodPractices: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "good_practices")
            .idColumn()
            .slugColumn()
            .column("title", type: .text, .notNull)
            .column("owner_place_id", type: .bigint, .notNull, .references("places", "id"))
            .column("summary", type: .text, .notNull)
            .column("body", type: .text, .notNull)
            .column("results", type: .text)
            .timestamps()
            .run()
        try await db.create(index: "good_practices_owner_place_id").on("good_practices")
            .column("owner_place_id").run()
        try await db.createThemeLinks(table: "good_practice_themes", owner: "good_practice_id",
                                      ownerTable: "good_practices")
        try await db.createLinks(table: "good_practice_networks", owner: "good_practice_id",
                                 ownerTable: "good_practices", target: "network_id", targetTable: "networks")
        try await db.create(table: "transfers")
            .idColumn()
            .column("good_practice_id", type: .bigint, .notNull,
                    .references("good_practices", "id", onDelete: .cascade))
            .column("receiving_place_id", type: .bigint, .notNull, .references("places", "id"))
            .column("network_id", type: .bigint, .references("networks", "id", onDelete: .setNull))
            .column("start_date", type: ColumnType.day)
            .column("stage", type: .text)
            .timestamps()
            .run()
        try await db.create(index: "transfers_good_practice_id").on("transfers").column("good_practice_id").run()
        try await db.create(index: "transfers_receiving_place_id").on("transfers").column("receiving_place_id").run()
    }
}
