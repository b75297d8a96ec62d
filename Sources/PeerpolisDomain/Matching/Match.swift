/// One ranked partner, with the score broken down by signal and said in words.
public struct Match: Sendable, Hashable {
    public var placeID: Int
    public var slug: String
    public var name: String
    public var countryCode: String
    /// The weighted sum of the signals; equal to the sum of `signals`' values.
    public var score: Double
    /// Each signal's weighted contribution, keyed by ``MatchSignal`` raw value. Every signal is present.
    public var signals: [String: Double]
    /// One plain-English sentence per signal that contributed, strongest first.
    public var reasons: [String]
    /// True when the requester already works with this place (kept only when the filters allow it).
    public var isExistingPartner: Bool
    public var distanceKm: Double

    public init(placeID: Int, slug: String, name: String, countryCode: String, score: Double,
                signals: [String: Double], reasons: [String], isExistingPartner: Bool, distanceKm: Double) {
        self.placeID = placeID
        self.slug = slug
        self.name = name
        self.countryCode = countryCode
        self.score = score
        self.signals = signals
        self.reasons = reasons
        self.isExistingPartner = isExistingPartner
        self.distanceKm = distanceKm
    }
}

/// A theme read from free text, with the words that led to it.
public struct InterpretedTheme: Sendable, Hashable, Codable {
    public var slug: String
    /// The words or phrases of the text, as written, that point at this theme.
    public var words: [String]

    public init(slug: String, words: [String]) {
        self.slug = slug
        self.words = words
    }
}

/// The answer to a ``MatchRequest``.
public struct MatchResponse: Sendable, Hashable {
    public var results: [Match]
    /// What the free text was read as (empty without text).
    public var interpretedThemes: [InterpretedTheme]
    /// The needs actually used, after adding the text's themes or falling back to the declared needs.
    public var needs: [String: Double]
    /// The offers actually used.
    public var offers: [String: Double]

    public init(results: [Match], interpretedThemes: [InterpretedTheme], needs: [String: Double],
                offers: [String: Double]) {
        self.results = results
        self.interpretedThemes = interpretedThemes
        self.needs = needs
        self.offers = offers
    }
}
