import SQLKit

struct CreatePlaces: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "places")
            // The GeoNames id: a stable identifier shared with the rest of the open-data world.
            .column("id", type: .bigint, .primaryKey(autoIncrement: false))
            .slugColumn()
            .column("name", type: .text, .notNull)
            .column("ascii_name", type: .text, .notNull)
            .column("alternate_names", type: .text, .notNull)
            .column("country_code", type: .text, .notNull, .references("countries", "iso2"))
            .column("admin1_code", type: .text)
            .column("kind", type: .text, .notNull)
            .column("latitude", type: ColumnType.double, .notNull)
            .column("longitude", type: ColumnType.double, .notNull)
            .column("population", type: .bigint, .notNull)
            .column("time_zone", type: .text, .notNull)
            .timestamps()
            .run()
        try await db.create(index: "places_country_population").on("places")
            .column("country_code").column("population").run()
        try await db.create(index: "places_population").on("places").column("population").run()
        // For the "name starts with" filter: an expression index, in byte order on PostgreSQL.
        try await db.raw(dialect == .sqlite
            ? "CREATE INDEX places_ascii_name_lower ON places (LOWER(ascii_name))"
            : "CREATE INDEX places_ascii_name_lower ON places ((LOWER(ascii_name)) COLLATE \"C\")").run()
    }
}
