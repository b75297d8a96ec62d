/// A place that could join a consortium, with its fit to the lead (a match score, higher is better).
public struct ConsortiumCandidate: Sendable, Hashable {
    public var placeID: Int
    public var name: String
    public var countryCode: String
    public var continent: Continent
    public var isEUMember: Bool
    public var score: Double

    public init(placeID: Int, name: String, countryCode: String, continent: Continent, isEUMember: Bool, score: Double) {
        self.placeID = placeID
        self.name = name
        self.countryCode = countryCode.uppercased()
        self.continent = continent
        self.isEUMember = isEUMember
        self.score = score
    }

    func isIn(_ region: String) -> Bool {
        Region.contains(region, countryCode: countryCode, continent: continent, isEUMember: isEUMember) ?? false
    }
}

/// Whether one eligibility rule holds, in a sentence.
public struct RuleStatus: Sendable, Hashable {
    /// Stable key: `minPartners`, `maxPartners`, `minCountries`, `maxPerCountry`, `continent:<code>` or `region:<name>`.
    public var rule: String
    public var isMet: Bool
    public var sentence: String

    public init(rule: String, isMet: Bool, sentence: String) {
        self.rule = rule
        self.isMet = isMet
        self.sentence = sentence
    }
}

/// A proposed consortium: the lead, the partners chosen, and every rule of the call checked.
public struct Consortium: Sendable, Hashable {
    public var lead: ConsortiumCandidate
    /// Chosen partners, best fit first; the lead is not repeated here.
    public var partners: [ConsortiumCandidate]
    /// Sum of the partners' scores.
    public var totalScore: Double
    public var rules: [RuleStatus]
    /// Why no consortium can meet the rules, one sentence per cause; empty when every rule is met.
    public var problems: [String]

    public var meetsAllRules: Bool { rules.allSatisfy(\.isMet) }

    /// Lead first, then the partners.
    public var members: [ConsortiumCandidate] { [lead] + partners }

    public init(lead: ConsortiumCandidate, partners: [ConsortiumCandidate], totalScore: Double, rules: [RuleStatus],
                problems: [String]) {
        self.lead = lead
        self.partners = partners
        self.totalScore = totalScore
        self.rules = rules
        self.problems = problems
    }
}

extension Matchmaker {
    /// Turns ranked matches into consortium candidates, with the country facts the rules need.
    /// Ask the matchmaker for the maximum limit (100) so the builder has room to meet the rules.
    public func consortiumCandidates(from matches: [Match]) -> [ConsortiumCandidate] {
        matches.compactMap { match in
            guard let country = index.country(ofPlace: match.placeID) else { return nil }
            return ConsortiumCandidate(placeID: match.placeID, name: match.name, countryCode: country.iso2,
                                       continent: country.continent, isEUMember: country.isEUMember, score: match.score)
        }
    }

    /// The lead as a consortium member (score 0: the lead does not count towards the fit).
    public func consortiumLead(placeID: Int) -> ConsortiumCandidate? {
        guard let country = index.country(ofPlace: placeID), let place = index.slugAndName(placeID: placeID) else { return nil }
        return ConsortiumCandidate(placeID: placeID, name: place.name, countryCode: country.iso2,
                                   continent: country.continent, isEUMember: country.isEUMember, score: 0)
    }
}
