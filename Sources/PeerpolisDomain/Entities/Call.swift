/// The eligibility rules of a call, stored as data so a consortium can be checked against them.
/// A nil or empty rule means the call sets no such rule (or the source does not state it).
public struct EligibilityRules: Sendable, Hashable, Codable {
    public var minPartners: Int?
    public var maxPartners: Int?
    public var minCountries: Int?
    public var maxPerCountry: Int?
    /// Continents of which the consortium must include at least one place each.
    public var requiredContinents: [Continent]
    /// Free-form regions (`EU`, `Latin America`) of which the consortium must include a place each.
    public var requiredRegions: [String]

    public init(minPartners: Int? = nil, maxPartners: Int? = nil, minCountries: Int? = nil,
                maxPerCountry: Int? = nil, requiredContinents: [Continent] = [], requiredRegions: [String] = []) {
        self.minPartners = minPartners
        self.maxPartners = maxPartners
        self.minCountries = minCountries
        self.maxPerCountry = maxPerCountry
        self.requiredContinents = requiredContinents
        self.requiredRegions = requiredRegions
    }

    public var isEmpty: Bool {
        minPartners == nil && maxPartners == nil && minCountries == nil && maxPerCountry == nil
            && requiredContinents.isEmpty && requiredRegions.isEmpty
    }
}

public enum CallStatus: String, CaseIterable, Sendable, Codable {
    case upcoming, open, closed

    public static func derive(opens: Day?, closes: Day?, today: Day) -> CallStatus? {
        if let closes, closes < today { return .closed }
        if let opens, today < opens { return .upcoming }
        if opens != nil || closes != nil { return .open }
        return nil
    }
}

/// A call for proposals or applications.
public struct Call: Sendable, Hashable, Codable {
    public var id: Int
    public var slug: String
    public var title: String
    public var organizationID: Int
    public var opensOn: Day?
    public var closesOn: Day?
    public var summary: String
    public var rules: EligibilityRules
    public var themeSlugs: [String]

    public init(id: Int = 0, slug: String, title: String, organizationID: Int, opensOn: Day? = nil,
                closesOn: Day? = nil, summary: String = "", rules: EligibilityRules = .init(),
                themeSlugs: [String] = []) {
        self.id = id
        self.slug = slug
        self.title = title
        self.organizationID = organizationID
        self.opensOn = opensOn
        self.closesOn = closesOn
        self.summary = summary
        self.rules = rules
        self.themeSlugs = themeSlugs
    }

    public func status(today: Day) -> CallStatus? {
        CallStatus.derive(opens: opensOn, closes: closesOn, today: today)
    }
}
