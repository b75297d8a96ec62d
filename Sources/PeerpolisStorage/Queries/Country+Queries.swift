import PeerpolisDomain
import SQLKit

extension Country {
    init(row: any SQLRow) throws {
        self.init(iso2: try row.string("iso2"), iso3: try row.string("iso3"), isoNumeric: try row.string("iso_numeric"),
                  name: try row.string("name"), continent: try row.enumValue("continent", as: Continent.self),
                  isEUMember: try row.bool("is_eu_member"), languages: try row.stringList("languages"),
                  capital: try row.optionalString("capital"), population: try row.optionalInt("population"),
                  geonameID: try row.optionalInt("geoname_id"))
    }

    /// Inserts countries, or updates them when their ISO code is already there.
    public static func upsert(_ countries: [Country], on db: any SQLDatabase) async throws {
        let now = timestampNow()
        for batch in countries.chunked(into: 200) {
            var insert = db.insert(into: "countries").columns(
                "iso2", "iso3", "iso_numeric", "slug", "name", "continent", "is_eu_member", "languages", "capital",
                "population", "geoname_id", "created_at", "updated_at")
            for c in batch {
                insert = insert.values(
                    SQLBind(c.iso2), SQLBind(c.iso3), SQLBind(c.isoNumeric), SQLBind(c.slug), SQLBind(c.name),
                    SQLBind(c.continent.rawValue), SQLBind(c.isEUMember), SQLBind(jsonText(c.languages)),
                    SQLBind(c.capital), SQLBind(c.population), SQLBind(c.geonameID), SQLBind(now), SQLBind(now))
            }
            try await insert.onConflict(with: ["iso2"]) { conflict in
                conflict.set(excludedValueOf: "iso3").set(excludedValueOf: "iso_numeric")
                    .set(excludedValueOf: "name").set(excludedValueOf: "continent")
                    .set(excludedValueOf: "is_eu_member").set(excludedValueOf: "languages")
                    .set(excludedValueOf: "capital").set(excludedValueOf: "population")
                    .set(excludedValueOf: "geoname_id").set(excludedValueOf: "updated_at")
            }.run()
        }
        try await SearchIndex.index(countries.map(SearchDocuments.of), on: db)
    }

    public static func fetchAll(on db: any SQLDatabase) async throws -> [Country] {
        try await db.select().column("*").from("countries").orderBy("name").all().map(Country.init(row:))
    }

    /// The country with an ISO alpha-2 code, in any case.
    public static func fetchOne(iso2: String, on db: any SQLDatabase) async throws -> Country? {
        try await db.select().column("*").from("countries")
            .where("iso2", .equal, SQLBind(iso2.uppercased())).first().map(Country.init(row:))
    }

    public static func fetchCount(on db: any SQLDatabase) async throws -> Int {
        try await db.count("countries", where: [])
    }

    /// Countries keyed by ISO alpha-2 code.
    public static func fetchDictionary(on db: any SQLDatabase) async throws -> [String: Country] {
        Dictionary(uniqueKeysWithValues: try await fetchAll(on: db).map { ($0.iso2, $0) })
    }

    /// How many places each country has, for country lists.
    public static func fetchPlaceCounts(on db: any SQLDatabase) async throws -> [String: Int] {
        let rows = try await db.select().column("country_code")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("places").groupBy("country_code").all()
        var counts: [String: Int] = [:]
        for row in rows { counts[try row.string("country_code")] = try row.int("n") }
        return counts
    }
}

extension Array {
    func chunked(into size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
