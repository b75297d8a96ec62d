import SQLKit

struct CreateNetworks: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "networks")
            .idColumn()
            .slugColumn()
            .column("name", type: .text, .notNull)
            .column("kind", type: .text)
            .column("organization_id", type: .bigint, .references("organizations", "id", onDelete: .setNull))
            .column("lead_place_id", type: .bigint, .references("places", "id", onDelete: .setNull))
            .column("start_date", type: ColumnType.day)
            .column("end_date", type: ColumnType.day)
            .column("stated_status", type: .text)
            .column("summary", type: .text, .notNull)
            .column("outputs", type: .text, .notNull)
            .column("website", type: .text)
            .timestamps()
            .run()
        try await db.create(index: "networks_organization_id").on("networks").column("organization_id").run()
        try await db.create(table: "network_members")
            .column("network_id", type: .bigint, .notNull, .references("networks", "id", onDelete: .cascade))
            .column("place_id", type: .bigint, .notNull, .references("places", "id", onDelete: .cascade))
            .column("role", type: .text, .notNull)
            .column("position", type: .int, .notNull, .default(0))
            .primaryKey(["network_id", "place_id"])
            .run()
        try await db.create(index: "network_members_place_id").on("network_members").column("place_id").run()
        try await db.createThemeLinks(table: "network_themes", owner: "network_id", ownerTable: "networks")
    }
}
