/// A validated request turned into small lookup tables (per theme, per country, per time zone), so the
/// scoring loop does table reads instead of set lookups and string compares.
struct MatchPlan {
    let requester: Int
    let limit: Int
    let weights: MatchWeights
    let filters: MatchFilters
    let today: Int32
    let interpreted: [InterpretedTheme]
    let needsBySlug: [String: Double]
    let offersBySlug: [String: Double]
    /// Credit per theme id for what a candidate offers (partial credit for related themes), and 1 / total need.
    let needCredit: [Float]
    let inverseNeedTotal: Float
    /// Credit per theme id for what a candidate needs and the requester offers.
    let offerCredit: [Float]
    /// Per country id: passes the country and continent filters; the context part from EU status and
    /// continent; 1 when a language is shared.
    let allowedCountry: [Bool]
    let countryContext: [Float]
    let sharedLanguage: [Float]
    /// Per zone id: time-zone fit with the requester's zone.
    let zoneFit: [Float]
    let minPopulation: Int32
    let maxPopulation: Int32
    /// Per country id: the highest score a place without profile, activity or partner in common can get
    /// there (context and practicalities at their best), plus a margin for rounding. See the scan.
    let bareBound: [Float]

    init(request: MatchRequest, index: MatchIndex, weights: MatchWeights, lexicon: ChallengeLexicon, today: Day) throws {
        guard let requesterIndex = index.placeIndexByID[request.placeID] else { throw MatchError.unknownPlace(request.placeID) }
        guard (1...100).contains(request.limit) else { throw MatchError.limitOutOfRange(request.limit) }
        let all = MatchSignal.allCases.map { weights[$0] }
        guard all.allSatisfy({ $0.isFinite && $0 >= 0 }), all.reduce(0, +) > 0 else {
            throw MatchError.invalidWeights("Signal weights must be zero or more, and at least one must be above zero.")
        }
        let unknown = Set(request.needs.keys).union(request.offers.keys).filter { index.themeIDBySlug[$0] == nil }
        guard unknown.isEmpty else { throw MatchError.unknownThemes(unknown.sorted()) }
        if let bad = request.needs.merging(request.offers, uniquingKeysWith: max).first(where: { !(0...1).contains($0.value) }) {
            throw MatchError.invalidWeights("The weight of \(bad.key) must be between 0 and 1, not \(bad.value).")
        }
        try MatchPlan.validate(request.filters, index: index)

        requester = Int(requesterIndex)
        limit = request.limit
        self.weights = weights
        filters = request.filters
        self.today = MatchMath.dayNumber(today)

        // Needs: the request's themes plus the text's, else what the place declared.
        interpreted = lexicon.interpret(request.text).filter { index.themeIDBySlug[$0.slug] != nil }
        // Stored as Float; three decimals keep the echoed weights readable (0.7, not 0.699999988).
        func rounded(_ value: Float) -> Double { (Double(value) * 1_000).rounded() / 1_000 }
        var needs = request.needs
        for theme in interpreted { needs[theme.slug] = max(needs[theme.slug] ?? 0, 1) }
        if needs.isEmpty {
            for e in index.needRange(requester) { needs[index.themeSlugs[Int(index.needTheme[e])]] = rounded(index.needWeight[e]) }
        }
        var offers = request.offers
        if offers.isEmpty {
            for e in index.offerRange(requester) {
                offers[index.themeSlugs[Int(index.offerTheme[e])]] = rounded(index.offerStrength[e])
            }
        }
        guard !(needs.isEmpty && offers.isEmpty) else { throw MatchError.emptyRequest }
        needsBySlug = needs
        offersBySlug = offers
        needCredit = MatchPlan.credit(needs, index: index)
        let needTotal = Float(needs.values.reduce(0, +))
        inverseNeedTotal = needTotal > 0 ? 1 / needTotal : 0
        offerCredit = MatchPlan.credit(offers, index: index)

        let me = index.countries[Int(index.country[requester])]
        let myLanguages = Set(index.countryLanguages[Int(index.country[requester])])
        let filters = request.filters
        let includeCountries = Set(filters.includeCountries.map { $0.uppercased() })
        let excludeCountries = Set(filters.excludeCountries.map { $0.uppercased() })
        allowedCountry = index.countries.map { c in
            let code = c.iso2.uppercased()
            if !includeCountries.isEmpty && !includeCountries.contains(code) { return false }
            if excludeCountries.contains(code) || filters.excludeContinents.contains(c.continent) { return false }
            if !filters.includeContinents.isEmpty && !filters.includeContinents.contains(c.continent) { return false }
            if filters.crossContinent && (c.continent == me.continent || c.isEUMember == me.isEUMember) { return false }
            return true
        }
        // Similar by default; with cross-continent pairing the difference is what the request wants.
        countryContext = index.countries.map { c in
            let euFit = (c.isEUMember == me.isEUMember) != filters.crossContinent
            let continentFit = (c.continent == me.continent) != filters.crossContinent
            return (euFit ? 0.25 : 0) + (continentFit ? 0.25 : 0)
        }
        sharedLanguage = index.countryLanguages.map { $0.contains(where: myLanguages.contains) ? 1 : 0 }
        let myOffset = index.zoneOffsetMinutes[Int(index.zone[requester])]
        zoneFit = index.zoneOffsetMinutes.map { MatchMath.zoneFit(minutesApart: $0 - myOffset) }
        let wC = Float(weights.context), wP = Float(weights.practicalities)
        bareBound = zip(countryContext, sharedLanguage).map { context, language in
            wC * (0.5 + context) + wP * (0.5 * language + 0.3 + 0.2) + 1e-5
        }
        minPopulation = Int32(clamping: filters.minPopulation ?? 0)
        maxPopulation = Int32(clamping: filters.maxPopulation ?? Int(Int32.max))
    }

    /// Credit per theme id: full for the theme itself, 0.7 for a sub-theme of a wanted parent (it is part
    /// of it), 0.5 for the parent of a wanted sub-theme (broader, so less precise), 0.2 for a sibling.
    static func credit(_ weights: [String: Double], index: MatchIndex) -> [Float] {
        var credit = [Float](repeating: 0, count: index.themeSlugs.count)
        func raise(_ t: Int, _ value: Float) { credit[t] = max(credit[t], value) }
        for (slug, weight) in weights {
            guard let id = index.themeIDBySlug[slug] else { continue }
            let t = Int(id), w = Float(weight), parent = Int(index.themeParent[t])
            raise(t, w)
            for (other, otherParent) in index.themeParent.enumerated() where other != t {
                if otherParent == Int32(t) { raise(other, 0.7 * w) }
                if parent >= 0 && otherParent == Int32(parent) { raise(other, 0.2 * w) }
            }
            if parent >= 0 { raise(parent, 0.5 * w) }
        }
        return credit
    }

    static func validate(_ filters: MatchFilters, index: MatchIndex) throws {
        let include = Set(filters.includeCountries.map { $0.uppercased() })
        let exclude = Set(filters.excludeCountries.map { $0.uppercased() })
        let unknown = include.union(exclude).filter { index.countryIDByCode[$0] == nil }
        guard unknown.isEmpty else { throw MatchError.unknownCountries(unknown.sorted()) }
        if let both = include.intersection(exclude).sorted().first {
            throw MatchError.contradictoryFilters("\(both) is both included and excluded; keep it in one list only.")
        }
        if let both = filters.includeContinents.intersection(filters.excludeContinents).map(\.name).sorted().first {
            throw MatchError.contradictoryFilters("\(both) is both included and excluded; keep it in one list only.")
        }
        if let low = filters.minPopulation, let high = filters.maxPopulation, low > high {
            throw MatchError.contradictoryFilters("The minimum population (\(low)) is above the maximum (\(high)).")
        }
        if let low = filters.minPopulation, low < 0 {
            throw MatchError.contradictoryFilters("The minimum population cannot be negative (\(low)).")
        }
        for code in include.sorted() {
            let country = index.countries[Int(index.countryIDByCode[code]!)]
            let outside = filters.excludeContinents.contains(country.continent)
                || (!filters.includeContinents.isEmpty && !filters.includeContinents.contains(country.continent))
            if outside {
                throw MatchError.contradictoryFilters(
                    "\(country.name) is included but its continent, \(country.continent.name), is filtered out.")
            }
        }
    }
}
