/// The kinds of entity the search covers.
public enum EntityType: String, CaseIterable, Sendable, Codable {
    case place, country, organization, network, cooperation, practice, event, article, call, pledge
}

/// One entity as the search index sees it: text fields by weight, and the values facets count.
public struct SearchDocument: Sendable, Hashable {
    public var type: EntityType
    public var entityID: Int
    public var slug: String
    /// Weighted highest: the name or title.
    public var title: String
    /// Other names (ASCII and alternate names of places), weighted with the title.
    public var names: [String]
    public var summary: String
    public var body: String
    public var countryCode: String?
    /// Theme slugs; the index adds each sub-theme's parent so a top-level facet counts everything under it.
    public var themeSlugs: [String]
    public var year: Int?
    public var status: String?
    /// The day used for recency (articles' publication, events' start).
    public var date: Day?
    /// Population of places, the tie-breaker between places of the same name.
    public var population: Int?

    public init(type: EntityType, entityID: Int, slug: String, title: String, names: [String] = [],
                summary: String = "", body: String = "", countryCode: String? = nil, themeSlugs: [String] = [],
                year: Int? = nil, status: String? = nil, date: Day? = nil, population: Int? = nil) {
        self.type = type
        self.entityID = entityID
        self.slug = slug
        self.title = title
        self.names = names
        self.summary = summary
        self.body = body
        self.countryCode = countryCode
        self.themeSlugs = themeSlugs
        self.year = year
        self.status = status
        self.date = date
        self.population = population
    }
}

/// Filters that combine with a query.
public struct SearchFilters: Sendable, Hashable {
    public var type: EntityType?
    public var themeSlug: String?
    public var countryCode: String?
    public var year: Int?
    public var status: String?

    public init(type: EntityType? = nil, themeSlug: String? = nil, countryCode: String? = nil, year: Int? = nil,
                status: String? = nil) {
        self.type = type
        self.themeSlug = themeSlug
        self.countryCode = countryCode
        self.year = year
        self.status = status
    }
}

/// One hit: what to link to, and a snippet whose matched words sit between `SearchHit.markStart` and `markEnd`.
public struct SearchHit: Sendable, Hashable {
    public static let markStart: Character = "\u{1}"
    public static let markEnd: Character = "\u{2}"

    public static func isMarker(_ character: Character) -> Bool {
        character == markStart || character == markEnd
    }

    public var type: EntityType
    public var slug: String
    public var title: String
    public var snippet: String
    public var countryCode: String?
    public var year: Int?
    public var score: Double

    public init(type: EntityType, slug: String, title: String, snippet: String, countryCode: String?, year: Int?,
                score: Double) {
        self.type = type
        self.slug = slug
        self.title = title
        self.snippet = snippet
        self.countryCode = countryCode
        self.year = year
        self.score = score
    }
}

/// Counts of the matching documents by a facet's values, largest first.
public struct FacetCounts: Sendable, Hashable {
    public var types: [(String, Int)]
    public var themes: [(String, Int)]
    public var countries: [(String, Int)]
    public var years: [(String, Int)]
    public var statuses: [(String, Int)]
    /// True when the counts were scaled up from a uniform sample of the matches (broad queries), so each is an
    /// estimate; false when every match was counted.
    public var areEstimates = false

    public init(types: [(String, Int)] = [], themes: [(String, Int)] = [], countries: [(String, Int)] = [],
                years: [(String, Int)] = [], statuses: [(String, Int)] = []) {
        self.types = types
        self.themes = themes
        self.countries = countries
        self.years = years
        self.statuses = statuses
    }

    public static func == (a: FacetCounts, b: FacetCounts) -> Bool {
        func same(_ x: [(String, Int)], _ y: [(String, Int)]) -> Bool { x.map { "\($0.0)=\($0.1)" } == y.map { "\($0.0)=\($0.1)" } }
        return a.areEstimates == b.areEstimates && same(a.types, b.types) && same(a.themes, b.themes) && same(a.countries, b.countries)
            && same(a.years, b.years) && same(a.statuses, b.statuses)
    }

    /// The counts of a 1/`factor` sample, scaled to the whole, marked as estimates.
    public func scaled(by factor: Int) -> FacetCounts {
        func scale(_ list: [(String, Int)]) -> [(String, Int)] { list.map { ($0.0, $0.1 * factor) } }
        var copy = FacetCounts(types: scale(types), themes: scale(themes), countries: scale(countries),
                               years: scale(years), statuses: scale(statuses))
        copy.areEstimates = true
        return copy
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(areEstimates)
        for list in [types, themes, countries, years, statuses] { for (k, v) in list { hasher.combine(k); hasher.combine(v) } }
    }
}

/// A page of hits with the total and the facets of everything that matched.
public struct SearchResults: Sendable {
    public var hits: [SearchHit]
    public var total: Int
    /// True when `total` was scaled up from a uniform sample (very broad queries), so it is an estimate.
    public var totalIsEstimate: Bool
    public var facets: FacetCounts

    public init(hits: [SearchHit], total: Int, totalIsEstimate: Bool = false, facets: FacetCounts) {
        self.hits = hits
        self.total = total
        self.totalIsEstimate = totalIsEstimate
        self.facets = facets
    }
}
