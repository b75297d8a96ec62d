/// The seven continents as GeoNames codes them.
public enum Continent: String, CaseIterable, Sendable, Codable {
    case africa = "AF", antarctica = "AN", asia = "AS", europe = "EU"
    case northAmerica = "NA", oceania = "OC", southAmerica = "SA"

    public var name: String {
        switch self {
        case .africa: "Africa"
        case .antarctica: "Antarctica"
        case .asia: "Asia"
        case .europe: "Europe"
        case .northAmerica: "North America"
        case .oceania: "Oceania"
        case .southAmerica: "South America"
        }
    }
}

/// A country with its ISO 3166 codes.
public struct Country: Sendable, Hashable, Codable {
    /// ISO 3166-1 alpha-2, upper case: also the country's slug (in lower case) in URLs.
    public var iso2: String
    public var iso3: String
    public var isoNumeric: String
    public var name: String
    public var continent: Continent
    public var isEUMember: Bool
    /// Language codes in GeoNames' order (most spoken first), e.g. `["fr-FR", "frp", "br"]`.
    public var languages: [String]
    public var capital: String?
    public var population: Int?
    public var geonameID: Int?

    public init(iso2: String, iso3: String, isoNumeric: String, name: String, continent: Continent,
                isEUMember: Bool, languages: [String], capital: String?, population: Int?, geonameID: Int?) {
        self.iso2 = iso2
        self.iso3 = iso3
        self.isoNumeric = isoNumeric
        self.name = name
        self.continent = continent
        self.isEUMember = isEUMember
        self.languages = languages
        self.capital = capital
        self.population = population
        self.geonameID = geonameID
    }

    public var slug: String { iso2.lowercased() }
}
