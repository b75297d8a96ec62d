import PeerpolisDomain
import PeerpolisStorage

extension Pages {
    func callList() async throws -> ListPageModel {
        let filter = try callFilter()
        let theme = self.theme(filter.themeSlug), status = filter.status, year = filter.year
        let page = try await Call.fetchPage(filter, today: today,
                                            page: try pageRequest(), on: db)
        let organizations = try await Organization.fetchDictionary(ids: page.items.map(\.organizationID), on: db)
        return ListPageModel(
            title: t[.navCalls], intro: t[.callsIntro], action: .calls,
            filters: [themeField(selected: theme),
                      choiceField("status", label: t[.fieldStatus], group: "status", CallStatus.self, selected: status),
                      yearField(selected: year, years: 2000...today.year + 1)],
            count: count(page),
            sections: [Section("", items: page.items.map { item($0, organizations: organizations) }, emptyText: t[.noResults])],
            pagination: pagination(page, url: .calls))
    }

    func callShow(slug: String) async throws -> DetailPageModel {
        guard let call = try await Call.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
        let organization = try await Organization.fetchDictionary(ids: [call.organizationID], on: db)[call.organizationID]
        var facts: [Fact] = []
        if let organization { facts.append(Fact(t[.fieldOrganization], [.link(organization.name, .organization(organization.slug))])) }
        if let status = call.status(today: today) { facts.append(Fact(t[.fieldStatus], t.label("status", status.rawValue))) }
        facts.append(Fact(t[.fieldOpens], call.opensOn.map(format.day) ?? t[.notStated]))
        facts.append(Fact(t[.fieldCloses], call.closesOn.map(format.day) ?? t[.notStated]))
        if !call.themeSlugs.isEmpty { facts.append(Fact(t[.sectionThemes], themeLinks(call.themeSlugs))) }
        facts.append(Fact(t[.fieldRules], ruleLines(call.rules).joined(separator: "; ")))
        facts.append(Fact(t[.fieldPartners], [.link(t[.proposeConsortium], .callConsortium(call.slug))]))
        if call.status(today: today) == .open { facts.append(Fact(t[.applyLink], [.link(t[.applyLink], .callApply(call.slug))])) }
        facts.append(Fact(t[.editorForEditors], [.link(t[.applicationsLink], .callApplications(call.slug)),
                                                  .text(" · "), .link(t[.editorEditCallLink], .callEdit(call.slug))]))
        return DetailPageModel(title: call.title, kicker: t[.navCalls], summary: call.summary, facts: facts,
                               bodyHTML: nil, sections: [])
            .with(detailHead(.call(call.slug), title: call.title, summary: call.summary, jsonLD: LinkedData.thing(type: "Grant", name: call.title, url: absolute(SiteURL.call(call.slug).path), description: call.summary, about: call.themeSlugs.compactMap { theme($0)?.name })))
    }

    /// Each eligibility rule as a sentence; a call without rules says so.
    func ruleLines(_ rules: EligibilityRules) -> [String] {
        var lines: [String] = []
        if let n = rules.minPartners { lines.append(t.format(.ruleMinPartners, String(n))) }
        if let n = rules.maxPartners { lines.append(t.format(.ruleMaxPartners, String(n))) }
        if let n = rules.minCountries { lines.append(t.format(.ruleMinCountries, String(n))) }
        if let n = rules.maxPerCountry { lines.append(t.format(.ruleMaxPerCountry, String(n))) }
        if !rules.requiredContinents.isEmpty {
            lines.append(t.format(.ruleContinents, rules.requiredContinents.map { t.label("continent", $0.rawValue) }.joined(separator: ", ")))
        }
        if !rules.requiredRegions.isEmpty { lines.append(t.format(.ruleRegions, rules.requiredRegions.joined(separator: ", "))) }
        return lines.isEmpty ? [t[.rulesNone]] : lines
    }
}
