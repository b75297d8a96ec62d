import Foundation

/// Writes the plain-English sentences behind one match. Each function gets only what contributed
/// (the themes with credit, the partners in common) so a sentence cannot name something the score ignored.
struct ReasonWriter {
    let index: MatchIndex
    let plan: MatchPlan
    let candidate: Int

    private var name: String { index.names[candidate] }

    private func themeName(_ t: Int) -> String { index.themeNames[t] }

    /// "A, B and C".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    static func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }

    /// Offered themes (offer entries, strongest first) and the evidence behind each.
    func thematic(_ entries: [Int]) -> String? {
        guard !entries.isEmpty else { return nil }
        let parts = entries.prefix(3).map { e -> String in
            let t = Int(index.offerTheme[e])
            var evidence: [String] = []
            if index.offerDeclared[e] > 0 { evidence.append("declared") }
            if index.offerPractices[e] > 0 { evidence.append(Self.plural(Int(index.offerPractices[e]), "good practice")) }
            if index.offerTransfers[e] > 0 { evidence.append("transferred \(Self.plural(Int(index.offerTransfers[e]), "time"))") }
            if index.offerExperience[e] > 0 {
                let n = Int(index.offerExperience[e]), s = n == 1 ? "" : "s"
                evidence.append("\(n) network\(s) or cooperation\(s)")
            }
            var notes = evidence.joined(separator: ", ")
            if plan.needsBySlug[index.themeSlugs[t]] == nil, let need = relatedNeed(t) {
                notes += (notes.isEmpty ? "" : "; ") + "related to your need for \(need)"
            }
            return themeName(t) + (notes.isEmpty ? "" : " (\(notes))")
        }
        return "\(name) offers \(Self.list(parts)), which matches what you need."
    }

    /// The requester's need theme that gave credit to a related offered theme (parent, child or sibling).
    private func relatedNeed(_ t: Int) -> String? {
        let parent = Int(index.themeParent[t])
        let needs = plan.needsBySlug.keys.compactMap { index.themeIDBySlug[$0].map(Int.init) }.sorted()
        let related = needs.first { n in
            let np = Int(index.themeParent[n])
            return n == parent || np == t || (parent >= 0 && np == parent)
        }
        return related.map(themeName)
    }

    /// Their needs (theme ids, strongest first) that the requester's offers answer.
    func mutual(_ themes: [Int]) -> String? {
        guard !themes.isEmpty else { return nil }
        return "\(name) needs \(Self.list(themes.prefix(3).map(themeName))), which you can offer."
    }

    func context(sizeFits: Bool) -> String? {
        let me = plan.requester
        let mine = index.countries[Int(index.country[me])], theirs = index.countries[Int(index.country[candidate])]
        var parts: [String] = []
        if sizeFits {
            parts.append("a similar size (\(Self.people(Int(index.population[candidate]))) against your \(Self.people(Int(index.population[me]))))")
        }
        if plan.filters.crossContinent {
            if theirs.isEUMember != mine.isEUMember { parts.append(theirs.isEUMember ? "an EU member, as you asked" : "outside the EU, as you asked") }
            if theirs.continent != mine.continent { parts.append("in \(theirs.continent.name), another continent") }
        } else {
            if theirs.isEUMember == mine.isEUMember { parts.append(mine.isEUMember ? "in the EU like you" : "outside the EU like you") }
            if theirs.continent == mine.continent { parts.append("in \(theirs.continent.name) like you") }
        }
        guard !parts.isEmpty else { return nil }
        return "\(name) has a comparable context: \(Self.list(parts))."
    }

    static func people(_ population: Int) -> String {
        let formatted = population >= 1_000_000
            ? String(format: "%.1f million", Double(population) / 1_000_000)
            : (population >= 10_000 ? "\(Int((Double(population) / 1_000).rounded())),000" : "\(population)")
        return formatted + " inhabitants"
    }

    func trackRecord() -> String? {
        let count = Int(index.activity[candidate])
        guard count > 0 else { return nil }
        var text = "\(name) is active, with \(count == 1 ? "1 activity" : "\(count) activities")"
            + " (networks, cooperations, good practices, pledges)"
        let last = index.lastActive[candidate]
        if last != Int32.min { text += ", the latest running until \(Day(daysSince1970: Int(last)).year)" }
        return text + "."
    }

    func network(_ common: [Int]) -> String? {
        guard !common.isEmpty else { return nil }
        let shown = common.prefix(4).map { index.names[$0] }
        let more = common.count > shown.count ? " and \(common.count - shown.count) more" : ""
        let verb = common.count == 1 ? "works" : "work"
        let who = common.count == 1 ? "One of your partners" : "\(common.count) of your partners"
        return "\(who) already \(verb) with \(name): \(shown.joined(separator: ", "))\(more)."
    }

    func practicalities(zoneFit: Float, close: Bool) -> String? {
        var parts: [String] = []
        let mine = index.countryLanguages[Int(index.country[plan.requester])]
        if let shared = index.countryLanguages[Int(index.country[candidate])].first(where: mine.contains) {
            parts.append("shares \(LanguageNames.name(shared)) as an official language")
        }
        if close { parts.append("is \(Int(index.distanceKm(plan.requester, candidate).rounded())) km away") }
        let hours = abs(Int(index.zoneOffsetMinutes[Int(index.zone[candidate])]
            - index.zoneOffsetMinutes[Int(index.zone[plan.requester])])) / 60
        if zoneFit >= 1 { parts.append("is in your time zone") } else if zoneFit > 0 {
            parts.append("is \(hours == 0 ? "less than an hour" : Self.plural(hours, "hour")) apart in time")
        }
        guard !parts.isEmpty else { return nil }
        return "\(name) \(Self.list(parts))."
    }
}
