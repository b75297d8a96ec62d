import PeerpolisDomain
import PeerpolisStorage

// Small builders for test data. Each test makes what it needs; nothing is shared between tests.

func day(_ text: String) -> Day {
    guard let day = Day(text) else { fatalError("Test data: '\(text)' is not YYYY-MM-DD.") }
    return day
}

func makeCountry(iso2: String = "FR", iso3: String = "FRA", name: String = "France",
                 continent: Continent = .europe, isEUMember: Bool = true) -> Country {
    Country(iso2: iso2, iso3: iso3, isoNumeric: "250", name: name, continent: continent, isEUMember: isEUMember,
            languages: ["fr-FR", "frp", "br"], capital: "Paris", population: 66_987_244, geonameID: 3_017_382)
}

func makePlace(id: Int, name: String, country: String = "FR", population: Int = 100_000,
               kind: PlaceKind = .city) -> Place {
    Place(id: id, slug: Slug.make(name) + "-" + country.lowercased(), name: name, asciiName: ASCIIFolding.fold(name),
          alternateNames: [], countryCode: country, admin1Code: "84", kind: kind, latitude: 45.75,
          longitude: 4.85, population: population, timeZone: "Europe/Paris")
}

func makeTheme(slug: String, parent: String? = nil, position: Int = 0) -> Theme {
    Theme(slug: slug, name: slug.capitalized, parentSlug: parent, description: "About \(slug).", sdgs: [11],
          position: position)
}

func makeOrganization(slug: String = "eurocities", kind: OrganizationKind = .networkOfCities) -> Organization {
    Organization(slug: slug, name: slug.capitalized, kind: kind, website: "https://\(slug).example",
                 summary: "The \(slug) organization.")
}

func makeEvent(slug: String, start: String, end: String, hostPlaceID: Int? = nil, themes: [String] = []) -> Event {
    Event(slug: slug, title: slug.capitalized, kind: .workshop, hostPlaceID: hostPlaceID, startDate: day(start),
          endDate: day(end), timeZone: "Europe/Paris", themeSlugs: themes)
}

/// The countries France, Spain and Mexico, and the given places.
func insertGeography(_ places: [Place], on db: Database) async throws {
    try await Country.upsert([
        makeCountry(),
        makeCountry(iso2: "ES", iso3: "ESP", name: "Spain"),
        makeCountry(iso2: "MX", iso3: "MEX", name: "Mexico", continent: .northAmerica, isEUMember: false),
    ], on: db.sql)
    try await Place.upsert(places, on: db.sql)
}
