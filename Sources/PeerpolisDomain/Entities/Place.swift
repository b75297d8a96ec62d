/// What kind of territory a place is.
public enum PlaceKind: String, CaseIterable, Sendable, Codable {
    case city
    case metropolitanArea = "metropolitan-area"
    case region
}

/// Size classes derived from population, following the OECD/EU functional-urban-area bands.
public enum SizeClass: String, CaseIterable, Sendable, Codable {
    case town            // under 50,000
    case smallCity = "small-city"       // 50,000 to 199,999
    case mediumCity = "medium-city"     // 200,000 to 499,999
    case largeCity = "large-city"       // 500,000 to 1,499,999
    case metropolis                     // 1,500,000 and more

    public init(population: Int) {
        switch population {
        case ..<50_000: self = .town
        case ..<200_000: self = .smallCity
        case ..<500_000: self = .mediumCity
        case ..<1_500_000: self = .largeCity
        default: self = .metropolis
        }
    }

    /// The population range of this class, for filters.
    public var populationRange: Range<Int> {
        switch self {
        case .town: 0..<50_000
        case .smallCity: 50_000..<200_000
        case .mediumCity: 200_000..<500_000
        case .largeCity: 500_000..<1_500_000
        case .metropolis: 1_500_000..<Int.max
        }
    }
}

/// A city, metropolitan area or region, identified by its GeoNames id.
public struct Place: Sendable, Hashable, Codable, Identifiable {
    /// The GeoNames id, which is also the primary key.
    public var id: Int
    public var slug: String
    public var name: String
    public var asciiName: String
    public var alternateNames: [String]
    public var countryCode: String
    public var admin1Code: String?
    public var kind: PlaceKind
    public var latitude: Double
    public var longitude: Double
    public var population: Int
    public var timeZone: String

    public init(id: Int, slug: String, name: String, asciiName: String, alternateNames: [String] = [],
                countryCode: String, admin1Code: String? = nil, kind: PlaceKind = .city,
                latitude: Double, longitude: Double, population: Int, timeZone: String) {
        self.id = id
        self.slug = slug
        self.name = name
        self.asciiName = asciiName
        self.alternateNames = alternateNames
        self.countryCode = countryCode
        self.admin1Code = admin1Code
        self.kind = kind
        self.latitude = latitude
        self.longitude = longitude
        self.population = population
        self.timeZone = timeZone
    }

    public var sizeClass: SizeClass { SizeClass(population: population) }

    /// The canonical GeoNames page of this place, used as a shared identifier.
    public var geonamesURI: String { "https://sws.geonames.org/\(id)/" }
}

/// What a list of places shows of each: enough to name, link and size it.
public struct PlaceSummary: Sendable, Hashable, Codable, Identifiable {
    public var id: Int
    public var slug: String
    public var name: String
    public var countryCode: String
    public var kind: PlaceKind
    public var population: Int

    public init(id: Int, slug: String, name: String, countryCode: String, kind: PlaceKind, population: Int) {
        self.id = id
        self.slug = slug
        self.name = name
        self.countryCode = countryCode
        self.kind = kind
        self.population = population
    }

    public init(_ place: Place) {
        self.init(id: place.id, slug: place.slug, name: place.name, countryCode: place.countryCode,
                  kind: place.kind, population: place.population)
    }

    public var sizeClass: SizeClass { SizeClass(population: population) }
}
