extension ConsortiumBuilder {
    /// A required continent or region; `holds` is nil for a region the catalogue cannot check.
    struct Requirement {
        var key: String
        var label: String
        var holds: (ConsortiumCandidate) -> Bool?
    }

    var requirements: [Requirement] {
        rules.requiredContinents.map { continent in
            Requirement(key: "continent:\(continent.rawValue)", label: continent.name) { $0.continent == continent }
        } + rules.requiredRegions.map { region in
            Requirement(key: "region:\(region)", label: region) {
                Region.contains(region, countryCode: $0.countryCode, continent: $0.continent, isEUMember: $0.isEUMember)
            }
        }
    }

    /// Which rules hold, in the order of ``evaluate(lead:partners:)``, without writing sentences:
    /// the swap search calls this thousands of times.
    func metRules(lead: ConsortiumCandidate, partners: [ConsortiumCandidate]) -> [Bool] {
        let members = [lead] + partners
        var perCountry: [String: Int] = [:]
        for m in members { perCountry[m.countryCode, default: 0] += 1 }
        var met: [Bool] = []
        if let min = rules.minPartners { met.append(members.count >= min) }
        if let max = rules.maxPartners { met.append(members.count <= max) }
        if let min = rules.minCountries { met.append(perCountry.count >= min) }
        if let cap = rules.maxPerCountry { met.append(perCountry.values.allSatisfy { $0 <= cap }) }
        for r in requirements { met.append(members.contains { r.holds($0) == true }) }
        return met
    }

    /// Every rule the call sets, met or not, each in a sentence.
    public func evaluate(lead: ConsortiumCandidate, partners: [ConsortiumCandidate]) -> [RuleStatus] {
        let members = [lead] + partners
        var perCountry: [String: Int] = [:]
        for m in members { perCountry[m.countryCode, default: 0] += 1 }
        let has = "The consortium has \(members.count) partner\(members.count == 1 ? "" : "s") (the lead included)"
        var statuses: [RuleStatus] = []
        if let min = rules.minPartners {
            statuses.append(RuleStatus(rule: "minPartners", isMet: members.count >= min,
                                       sentence: "\(has); the call asks for at least \(min)."))
        }
        if let max = rules.maxPartners {
            statuses.append(RuleStatus(rule: "maxPartners", isMet: members.count <= max,
                                       sentence: "\(has); the call allows at most \(max)."))
        }
        if let min = rules.minCountries {
            statuses.append(RuleStatus(rule: "minCountries", isMet: perCountry.count >= min,
                                       sentence: "The partners come from \(perCountry.count) countr\(perCountry.count == 1 ? "y" : "ies"); the call asks for at least \(min)."))
        }
        if let cap = rules.maxPerCountry {
            let over = perCountry.filter { $0.value > cap }.sorted { $0.key < $1.key }
            let sentence = over.isEmpty
                ? "No country has more than \(cap) partner\(cap == 1 ? "" : "s"), the most the call allows per country."
                : over.map { "\($0.key) has \($0.value) partners" }.joined(separator: ", ")
                    + "; the call allows at most \(cap) per country."
            statuses.append(RuleStatus(rule: "maxPerCountry", isMet: over.isEmpty, sentence: sentence))
        }
        for r in requirements {
            let inside = members.filter { r.holds($0) == true }.map(\.name)
            let sentence: String
            if members.contains(where: { r.holds($0) == nil }) {
                sentence = "The call requires a partner in \(r.label), a region Peerpolis cannot check; check it by hand."
            } else if inside.isEmpty {
                sentence = "The call requires a partner in \(r.label) and the consortium has none."
            } else {
                sentence = "\(r.label) is represented by \(ReasonWriter.list(inside))."
            }
            statuses.append(RuleStatus(rule: r.key, isMet: !inside.isEmpty, sentence: sentence))
        }
        return statuses
    }

    /// Why no choice of candidates can meet the rules, looking only at the rules and the pool.
    func feasibilityProblems(lead: ConsortiumCandidate, pool: [ConsortiumCandidate], target: Int) -> [String] {
        var problems: [String] = []
        if let min = rules.minPartners, target < min {
            problems.append("You asked for \(target) partners but the call asks for at least \(min).")
        }
        if let max = rules.maxPartners, target > max {
            problems.append("You asked for \(target) partners but the call allows at most \(max).")
        }
        let needed = max(target, rules.minPartners ?? 0)
        if pool.count + 1 < needed {
            problems.append("The call asks for \(needed) partners but only \(pool.count + 1) places (the lead included) are candidates after your filters.")
        }
        let countries = Set(pool.map(\.countryCode) + [lead.countryCode])
        if let min = rules.minCountries, countries.count < min {
            problems.append("The call asks for at least \(min) countries but only \(countries.count) countr\(countries.count == 1 ? "y has" : "ies have") candidates after your filters.")
        }
        if let min = rules.minCountries, target < min {
            problems.append("A consortium of \(target) partners cannot span the \(min) countries the call asks for.")
        }
        if let cap = rules.maxPerCountry {
            var perCountry: [String: Int] = [lead.countryCode: 1]
            for c in pool { perCountry[c.countryCode, default: 0] += 1 }
            let reachable = perCountry.values.reduce(0) { $0 + min($1, cap) }
            if reachable < needed {
                problems.append("With at most \(cap) partner\(cap == 1 ? "" : "s") per country, these candidates allow only \(reachable) partners, fewer than the \(needed) needed.")
            }
        }
        var uncovered = 0
        for r in requirements where r.holds(lead) != true {
            uncovered += 1
            if !pool.contains(where: { r.holds($0) == true }) {
                problems.append("The call requires a partner in \(r.label) but no candidate is there after your filters.")
            }
        }
        if uncovered > target - 1 {
            problems.append("The call requires partners in \(uncovered) regions the lead is not in, more than the \(target - 1) seats a consortium of \(target) leaves.")
        }
        return problems
    }
}
