/// The signals a match score is made of. The raw values are stable: the API and the views use them as keys.
public enum MatchSignal: String, CaseIterable, Sendable, Codable {
    case thematic, mutual, context, trackRecord, network, practicalities
}

/// What a place asks for when it looks for partners.
public struct MatchRequest: Sendable, Hashable {
    /// The GeoNames id of the place asking.
    public var placeID: Int
    /// Theme slug → weight (0...1) of what the place needs. Empty: the place's declared needs are used.
    public var needs: [String: Double]
    /// Theme slug → weight (0...1) of what the place can offer. Empty: its declared and evidenced offers.
    public var offers: [String: Double]
    /// A challenge in the place's own words, read by ``ChallengeLexicon`` and added to the needs.
    public var text: String
    public var filters: MatchFilters
    /// How many results to return, 1...100.
    public var limit: Int

    public init(placeID: Int, needs: [String: Double] = [:], offers: [String: Double] = [:], text: String = "",
                filters: MatchFilters = MatchFilters(), limit: Int = 20) {
        self.placeID = placeID
        self.needs = needs
        self.offers = offers
        self.text = text
        self.filters = filters
        self.limit = limit
    }
}

/// Hard filters: a result never breaks one of them.
public struct MatchFilters: Sendable, Hashable {
    /// When not empty, only places on these continents.
    public var includeContinents: Set<Continent>
    public var excludeContinents: Set<Continent>
    /// ISO alpha-2 codes. When not empty, only places in these countries.
    public var includeCountries: Set<String>
    public var excludeCountries: Set<String>
    /// IURC-style pairing: an EU place is paired only with non-EU places on another continent, and a
    /// non-EU place only with EU places on another continent. It also turns the context signal around,
    /// so a different continent counts as a fit.
    public var crossContinent: Bool
    public var minPopulation: Int?
    public var maxPopulation: Int?
    /// Only places with declared interests or evidence.
    public var onlyWithProfile: Bool
    /// Leave out places the requester already works with; when false they are kept and flagged.
    public var excludeExistingPartners: Bool

    public init(includeContinents: Set<Continent> = [], excludeContinents: Set<Continent> = [],
                includeCountries: Set<String> = [], excludeCountries: Set<String> = [], crossContinent: Bool = false,
                minPopulation: Int? = nil, maxPopulation: Int? = nil, onlyWithProfile: Bool = false,
                excludeExistingPartners: Bool = true) {
        self.includeContinents = includeContinents
        self.excludeContinents = excludeContinents
        self.includeCountries = includeCountries
        self.excludeCountries = excludeCountries
        self.crossContinent = crossContinent
        self.minPopulation = minPopulation
        self.maxPopulation = maxPopulation
        self.onlyWithProfile = onlyWithProfile
        self.excludeExistingPartners = excludeExistingPartners
    }
}

/// How much each signal counts. Defaults:
///
/// | signal | weight | why |
/// | --- | --- | --- |
/// | `thematic` | 0.40 | finding a peer who solved your problem is the point of matching |
/// | `mutual` | 0.15 | partnerships last when both sides gain, but a one-way transfer is still worth proposing |
/// | `practicalities` | 0.15 | a shared language and a short trip make exchanges cheap and frequent |
/// | `context` | 0.10 | similar size (and EU status, continent as asked) makes solutions transferable |
/// | `trackRecord` | 0.10 | active, recently active places answer and deliver |
/// | `network` | 0.10 | partners of partners can introduce you |
///
/// Each signal is in 0...1, so with weights summing to 1 a score is in 0...1 too.
public struct MatchWeights: Sendable, Hashable {
    public var thematic: Double
    public var mutual: Double
    public var context: Double
    public var trackRecord: Double
    public var network: Double
    public var practicalities: Double

    public init(thematic: Double = 0.40, mutual: Double = 0.15, context: Double = 0.10, trackRecord: Double = 0.10,
                network: Double = 0.10, practicalities: Double = 0.15) {
        self.thematic = thematic
        self.mutual = mutual
        self.context = context
        self.trackRecord = trackRecord
        self.network = network
        self.practicalities = practicalities
    }

    public static let `default` = MatchWeights()

    public subscript(signal: MatchSignal) -> Double {
        switch signal {
        case .thematic: thematic
        case .mutual: mutual
        case .context: context
        case .trackRecord: trackRecord
        case .network: network
        case .practicalities: practicalities
        }
    }
}

/// A request the matchmaker cannot answer, with a sentence that says what is wrong and how to fix it.
public enum MatchError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownPlace(Int)
    case unknownThemes([String])
    case unknownCountries([String])
    case limitOutOfRange(Int)
    case contradictoryFilters(String)
    case invalidWeights(String)
    case emptyRequest

    public var description: String {
        switch self {
        case .unknownPlace(let id):
            "No place has the id \(id); pick a place from the directory."
        case .unknownThemes(let slugs):
            "Unknown theme\(slugs.count == 1 ? "" : "s"): \(slugs.joined(separator: ", ")). Use slugs from the theme list."
        case .unknownCountries(let codes):
            "Unknown country code\(codes.count == 1 ? "" : "s"): \(codes.joined(separator: ", ")). Use ISO 3166 alpha-2 codes such as FR."
        case .limitOutOfRange(let limit):
            "The limit must be between 1 and 100, not \(limit)."
        case .contradictoryFilters(let sentence), .invalidWeights(let sentence):
            sentence
        case .emptyRequest:
            "Say what you need or offer (themes or a challenge in words): this place has no profile to fall back on."
        }
    }
}
