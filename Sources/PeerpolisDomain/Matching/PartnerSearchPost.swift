/// A place's public post saying what it seeks and what it offers, optionally for a call.
public struct PartnerSearchPost: Sendable, Hashable, Codable {
    public var id: Int
    public var slug: String
    public var placeID: Int
    public var title: String
    public var seeks: [String]
    public var offers: [String]
    public var callID: Int?
    public var text: String
    public var published: Day
    public var closes: Day?

    public init(id: Int, slug: String, placeID: Int, title: String, seeks: [String], offers: [String],
                callID: Int? = nil, text: String = "", published: Day, closes: Day? = nil) {
        self.id = id
        self.slug = slug
        self.placeID = placeID
        self.title = title
        self.seeks = seeks
        self.offers = offers
        self.callID = callID
        self.text = text
        self.published = published
        self.closes = closes
    }

    /// Open on `today`: published and not yet closed.
    public func isOpen(on today: Day) -> Bool {
        published <= today && (closes.map { today <= $0 } ?? true)
    }
}

/// Another post that fits, with a score and the reasons.
public struct PostMatch: Sendable, Hashable {
    public var post: PartnerSearchPost
    /// 0...1: half from how much of what I seek they offer, half from how much of what they seek I offer.
    public var score: Double
    public var reasons: [String]
}

/// Matches partner-search posts with each other and with place profiles.
public struct PostMatcher: Sendable {
    public let matchmaker: Matchmaker

    public init(matchmaker: Matchmaker) {
        self.matchmaker = matchmaker
    }

    /// Open posts by other places that offer what `post` seeks or seek what it offers, best first.
    /// Theme credit is the matchmaker's: full for the same theme, partial for a parent, child or sibling.
    public func matches(for post: PartnerSearchPost, among posts: [PartnerSearchPost], today: Day) -> [PostMatch] {
        let index = matchmaker.index
        let name = { (slug: String) in index.themeIDBySlug[slug].map { index.themeNames[Int($0)] } ?? slug }
        func coverage(wanted: [String], given: [String]) -> (Double, [String]) {
            guard !wanted.isEmpty else { return (0, []) }
            var total: Double = 0
            var named: [String] = []
            for want in wanted {
                let credit = MatchPlan.credit([want: 1], index: index)
                let best = given.compactMap { g in index.themeIDBySlug[g].map { (g, credit[Int($0)]) } }
                    .max { ($0.1, $1.0) < ($1.1, $0.0) }
                if let best, best.1 > 0 {
                    total += Double(best.1)
                    named.append(best.0 == want ? name(want) : "\(name(best.0)) (for your \(name(want)))")
                }
            }
            return (total / Double(wanted.count), named)
        }
        var results: [PostMatch] = []
        for other in posts where other.id != post.id && other.placeID != post.placeID && other.isOpen(on: today) {
            let (theyGive, given) = coverage(wanted: post.seeks, given: other.offers)
            let (iGive, taken) = coverage(wanted: other.seeks, given: post.offers)
            guard theyGive + iGive > 0 else { continue }
            var reasons: [String] = []
            let who = index.slugAndName(placeID: other.placeID)?.name ?? "This place"
            if !given.isEmpty { reasons.append("\(who) offers \(ReasonWriter.list(given)), which you seek.") }
            if !taken.isEmpty { reasons.append("\(who) seeks \(ReasonWriter.list(taken)), which you offer.") }
            if let call = post.callID, call == other.callID { reasons.append("Both posts are for the same call.") }
            results.append(PostMatch(post: other, score: 0.5 * theyGive + 0.5 * iGive, reasons: reasons))
        }
        return results.sorted { ($0.score, $1.post.id) > ($1.score, $0.post.id) }
    }

    /// Places whose profiles answer the post: the matchmaker run with the post's seeks as needs and its
    /// offers as offers, for the post's place.
    public func profileMatches(for post: PartnerSearchPost, filters: MatchFilters = MatchFilters(), limit: Int = 20,
                               today: Day) throws -> MatchResponse {
        let request = MatchRequest(placeID: post.placeID,
                                   needs: Dictionary(post.seeks.map { ($0, 1.0) }, uniquingKeysWith: max),
                                   offers: Dictionary(post.offers.map { ($0, 1.0) }, uniquingKeysWith: max),
                                   text: post.seeks.isEmpty ? post.text : "", filters: filters, limit: limit)
        return try matchmaker.matches(request, today: today)
    }
}
