import SQLKit

struct CreateEvents: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "events")
            .idColumn()
            .slugColumn()
            .column("title", type: .text, .notNull)
            .column("kind", type: .text, .notNull)
            .column("organizer_id", type: .bigint, .references("organizations", "id", onDelete: .setNull))
            .column("network_id", type: .bigint, .references("networks", "id", onDelete: .setNull))
            .column("host_place_id", type: .bigint, .references("places", "id", onDelete: .setNull))
            .column("is_online", type: ColumnType.bool, .notNull)
            .column("start_date", type: ColumnType.day, .notNull)
            .column("end_date", type: ColumnType.day, .notNull)
            .column("start_time", type: .text)
            .column("end_time", type: .text)
            .column("time_zone", type: .text, .notNull)
            .column("capacity", type: .int)
            .column("registration_deadline", type: ColumnType.day)
            .column("summary", type: .text, .notNull)
            .timestamps()
            .run()
        try await db.create(index: "events_start_date").on("events").column("start_date").run()
        try await db.create(index: "events_host_place_id").on("events").column("host_place_id").run()
        try await db.createThemeLinks(table: "event_themes", owner: "event_id", ownerTable: "events")
    }
}
