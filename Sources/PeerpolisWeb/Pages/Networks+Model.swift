import PeerpolisDomain
import PeerpolisStorage

extension Pages {
    func networkList() async throws -> ListPageModel {
        let filter = try networkFilter()
        let theme = self.theme(filter.themeSlug), kind = filter.kind, status = filter.status
        let page = try await Network.fetchPage(filter, today: today, page: try pageRequest(), on: db)
        let organizations = try await Organization.fetchDictionary(ids: page.items.compactMap(\.organizationID), on: db)
        return ListPageModel(
            title: t[.navNetworks], intro: t[.networksIntro], action: .networks,
            filters: [themeField(selected: theme),
                      choiceField("kind", label: t[.fieldKind], group: "network-kind", NetworkKind.self, selected: kind),
                      choiceField("status", label: t[.fieldStatus], group: "status", LifecycleStatus.self, selected: status)],
            count: count(page),
            sections: [Section("", items: page.items.map { item($0, organizations: organizations) }, emptyText: t[.noResults])],
            pagination: pagination(page, url: .networks))
    }

    func networkShow(slug: String) async throws -> DetailPageModel {
        guard let network = try await Network.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
        let practices = try await GoodPractice.fetchAll(PracticeFilter(networkID: network.id), on: db)
        let events = try await Event.fetchAll(EventFilter(networkID: network.id), today: today, on: db)
        let articles = try await Article.fetchAll(ArticleFilter(networkID: network.id), on: db)
        let organization = try await network.organizationID.asyncMap { try await Organization.fetchDictionary(ids: [$0], on: db)[$0] } ?? nil
        let places = try await Place.fetchDictionary(
            ids: network.members.map(\.placeID) + [network.leadPlaceID].compactMap { $0 } + practices.map(\.ownerPlaceID)
                + events.compactMap(\.hostPlaceID), on: db)

        var facts: [Fact] = []
        if let kind = network.kind { facts.append(Fact(t[.fieldKind], t.label("network-kind", kind.rawValue))) }
        if let status = network.status(today: today) { facts.append(Fact(t[.fieldStatus], t.label("status", status.rawValue))) }
        if let organization { facts.append(Fact(t[.fieldOrganization], [.link(organization.name, .organization(organization.slug))])) }
        if let lead = network.leadPlaceID.flatMap({ places[$0] }) {
            facts.append(Fact(t[.fieldLead], [.link(placeLabel(lead), .place(lead.slug))]))
        }
        if let period = format.openPeriod(network.startDate, network.endDate) { facts.append(Fact(t[.fieldPeriod], period)) }
        if !network.themeSlugs.isEmpty { facts.append(Fact(t[.sectionThemes], themeLinks(network.themeSlugs))) }
        if let website = network.website, Markdown.isSafe(website) { facts.append(Fact(t[.fieldWebsite], [.link(website, website)])) }
        facts.append(Fact(t[.editorForEditors], [.link(t[.editorEditNetworkLink], .networkEdit(network.slug))]))
        let members = network.members.compactMap { member in
            places[member.placeID].map {
                ListItem(title: placeLabel($0), url: .place($0.slug), meta: [t.label("role", member.role.rawValue)])
            }
        }
        let outputs = network.outputs.isEmpty ? nil : Markdown.html(network.outputs.map { "- \($0)" }.joined(separator: "\n"))
        return DetailPageModel(
            title: network.name, kicker: network.kind.map { t.label("network-kind", $0.rawValue) } ?? t[.fieldNetwork],
            summary: network.summary, facts: facts, bodyHTML: outputs,
            sections: [
                Section(t[.fieldMembers], items: members),
                Section(t[.sectionPractices], items: practices.map { item($0, places: places) }),
                Section(t[.sectionEvents], items: events.map { item($0, places: places) }),
                Section(t[.sectionArticles], items: articles.map(item)),
            ].filter { !$0.items.isEmpty })
            .with(detailHead(.network(network.slug), title: network.name, summary: network.summary, jsonLD: LinkedData.thing(type: "Project", name: network.name, url: absolute(SiteURL.network(network.slug).path), description: network.summary, about: network.themeSlugs.compactMap { theme($0)?.name }), alternates: articleAlternates(.network(network.slug)) + eventAlternates(.network(network.slug))))
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
