extension Matchmaker {
    /// Proposes a consortium for a call led by `request.placeID`: ranks partners with `request`
    /// (its needs, text and filters), then builds the consortium with ``ConsortiumBuilder``.
    ///
    /// The overall top 100 alone may hold no place in a region the call requires (an EU lead's best
    /// matches are mostly European), so the best 20 of each required continent or region are ranked
    /// too, within the same filters, and added to the pool.
    /// - Parameter size: members wanted, the lead included; nil for the smallest size the rules allow.
    public func proposeConsortium(_ request: MatchRequest, rules: EligibilityRules, size: Int? = nil,
                                  today: Day) throws -> Consortium {
        guard let lead = consortiumLead(placeID: request.placeID) else { throw MatchError.unknownPlace(request.placeID) }
        var wide = request
        wide.limit = 100
        var matches = try self.matches(wide, today: today).results
        let regional = rules.requiredContinents.map { continent in
            index.countries.filter { $0.continent == continent }
        } + rules.requiredRegions.map { region in
            index.countries.filter {
                Region.contains(region, countryCode: $0.iso2, continent: $0.continent, isEUMember: $0.isEUMember) == true
            }
        }
        let filters = request.filters
        for countries in regional {
            // Within the request's own continent filters, so the focused request cannot contradict them.
            var codes = Set(countries.filter { c in
                (filters.includeContinents.isEmpty || filters.includeContinents.contains(c.continent))
                    && !filters.excludeContinents.contains(c.continent)
            }.map { $0.iso2.uppercased() })
            if !filters.includeCountries.isEmpty { codes.formIntersection(filters.includeCountries.map { $0.uppercased() }) }
            codes.subtract(filters.excludeCountries.map { $0.uppercased() })
            // A region the filters rule out stays empty; the builder then says so.
            guard !codes.isEmpty else { continue }
            var focused = request
            focused.limit = 20
            focused.filters.includeCountries = codes
            focused.filters.excludeCountries = []
            matches += try self.matches(focused, today: today).results
        }
        let builder = ConsortiumBuilder(rules: rules)
        return builder.build(lead: lead, candidates: consortiumCandidates(from: matches), size: size)
    }
}
