import SQLKit

struct CreateCountries: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "countries")
            .column("iso2", type: .text, .primaryKey(autoIncrement: false))
            .column("iso3", type: .text, .notNull, .unique)
            .column("iso_numeric", type: .text, .notNull)
            .column("slug", type: .text, .notNull, .unique)
            .column("name", type: .text, .notNull)
            .column("continent", type: .text, .notNull)
            .column("is_eu_member", type: ColumnType.bool, .notNull)
            .column("languages", type: .text, .notNull)
            .column("capital", type: .text)
            .column("population", type: .bigint)
            .column("geoname_id", type: .bigint)
            .timestamps()
            .run()
    }
}
