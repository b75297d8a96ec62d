/// Proposes the partners of a consortium for a call: the best total fit that still meets every
/// eligibility rule, or, when no choice can, the rule that fails and why.
///
/// Sizes count every member, the lead included, as programmes count "partners" (an URBACT network
/// of 8 partners is a lead and 7 others). The search is greedy, then repaired, then improved by swaps:
/// 1. cover each required continent or region the lead does not, scarcest first, with its best candidate;
/// 2. add the best candidates from new countries until the minimum number of countries is reached;
/// 3. fill the remaining seats with the best candidates that keep within the per-country cap;
/// 4. swap a member for a better outsider whenever the swap keeps every rule that held.
/// Candidates are taken in score order with the place id breaking ties, so the same input always
/// gives the same consortium. An exhaustive search would be exact but is combinatorial in the pool.
public struct ConsortiumBuilder: Sendable {
    public let rules: EligibilityRules

    /// Candidates beyond this many (by score) are not considered: enough to cover any realistic rule set,
    /// and it keeps the swap search within the 50 ms budget.
    static let poolLimit = 300

    public init(rules: EligibilityRules) {
        self.rules = rules
    }

    /// The size used when none is asked for: the smallest consortium the rules allow.
    public var defaultSize: Int {
        let wanted = max(rules.minPartners ?? 2, rules.minCountries ?? 0, 2)
        return min(wanted, rules.maxPartners ?? wanted)
    }

    /// - Parameters:
    ///   - lead: the place leading the application; it counts as a member and towards every rule.
    ///   - candidates: places with their fit to the lead (e.g. from ``Matchmaker/consortiumCandidates(from:)``).
    ///   - size: members wanted, the lead included; nil for ``defaultSize``.
    public func build(lead: ConsortiumCandidate, candidates: [ConsortiumCandidate], size: Int? = nil) -> Consortium {
        var seen: Set<Int> = [lead.placeID]
        let pool = Array(candidates
            .sorted { ($0.score, $1.placeID) > ($1.score, $0.placeID) }
            .filter { seen.insert($0.placeID).inserted }
            .prefix(Self.poolLimit))
        let target = max(1, size ?? defaultSize)
        let seats = target - 1
        let cap = rules.maxPerCountry ?? Int.max
        let requirements = self.requirements

        var chosen: [Int] = []
        var perCountry: [String: Int] = [lead.countryCode: 1]
        func canAdd(_ i: Int) -> Bool { !chosen.contains(i) && perCountry[pool[i].countryCode, default: 0] < cap }
        func add(_ i: Int) {
            chosen.append(i)
            perCountry[pool[i].countryCode, default: 0] += 1
        }

        // 1. Required continents and regions, scarcest first so a rare region is not crowded out.
        let scarcity = requirements.map { r in pool.filter { r.holds($0) == true }.count }
        for r in requirements.indices.sorted(by: { (scarcity[$0], $0) < (scarcity[$1], $1) }) {
            let requirement = requirements[r]
            guard chosen.count < seats, requirement.holds(lead) != true,
                  !chosen.contains(where: { requirement.holds(pool[$0]) == true }) else { continue }
            if let i = pool.indices.first(where: { canAdd($0) && requirement.holds(pool[$0]) == true }) { add(i) }
        }
        // 2. New countries until the minimum is reached.
        while perCountry.count < (rules.minCountries ?? 0) && chosen.count < seats,
              let i = pool.indices.first(where: { canAdd($0) && perCountry[pool[$0].countryCode] == nil }) {
            add(i)
        }
        // 3. The best of the rest.
        while chosen.count < seats, let i = pool.indices.first(where: canAdd) { add(i) }
        // 4. Swaps, first improvement, until none improves.
        chosen = improve(chosen, lead: lead, pool: pool)

        let partners = chosen.map { pool[$0] }.sorted { ($0.score, $1.placeID) > ($1.score, $0.placeID) }
        let statuses = evaluate(lead: lead, partners: partners)
        var problems = feasibilityProblems(lead: lead, pool: pool, target: target)
        if problems.isEmpty && !statuses.allSatisfy(\.isMet) {
            problems = statuses.filter { !$0.isMet }.map(\.sentence)
        }
        return Consortium(lead: lead, partners: partners, totalScore: partners.reduce(0) { $0 + $1.score },
                          rules: statuses, problems: statuses.allSatisfy(\.isMet) ? [] : problems)
    }

    private func improve(_ start: [Int], lead: ConsortiumCandidate, pool: [ConsortiumCandidate]) -> [Int] {
        var chosen = start
        var met = metRules(lead: lead, partners: chosen.map { pool[$0] })
        var improved = true
        var rounds = 0
        while improved && rounds < 10_000 {
            improved = false
            rounds += 1
            let weakestFirst = chosen.indices.sorted { (pool[chosen[$0]].score, chosen[$1]) < (pool[chosen[$1]].score, chosen[$0]) }
            search: for slot in weakestFirst {
                for y in pool.indices where !chosen.contains(y) {
                    guard pool[y].score > pool[chosen[slot]].score else { break }
                    var trial = chosen
                    trial[slot] = y
                    let trialMet = metRules(lead: lead, partners: trial.map { pool[$0] })
                    // Only a swap that keeps every rule that held (and may fix others).
                    if zip(met, trialMet).allSatisfy({ !$0 || $1 }) {
                        chosen = trial
                        met = trialMet
                        improved = true
                        break search
                    }
                }
            }
        }
        return chosen
    }
}
