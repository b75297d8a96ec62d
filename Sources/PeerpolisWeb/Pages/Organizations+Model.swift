import PeerpolisDomain
import PeerpolisStorage

extension Pages {
    func organizationList() async throws -> ListPageModel {
        let kind = try organizationKindFilter()
        let organizations = try await Organization.fetchAll(on: db).filter { kind == nil || $0.kind == kind }
        return ListPageModel(
            title: t[.navOrganizations], intro: t[.organizationsIntro], action: .organizations,
            filters: [choiceField("kind", label: t[.fieldKind], group: "organization-kind", OrganizationKind.self, selected: kind)],
            count: t.format(.resultsCount, format.integer(organizations.count)),
            sections: [Section("", items: organizations.map(item), emptyText: t[.noResults])], pagination: nil)
    }

    func organizationShow(slug: String) async throws -> DetailPageModel {
        guard let organization = try await Organization.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
        let networks = try await Network.fetchAll(NetworkFilter(organizationID: organization.id), today: today, on: db)
        let cooperations = try await Cooperation.fetchAll(CooperationFilter(programmeID: organization.id), on: db)
        let events = try await Event.fetchAll(EventFilter(organizerID: organization.id), today: today, on: db)
        let articles = try await Article.fetchAll(ArticleFilter(organizationID: organization.id), on: db)
        let calls = try await Call.fetchAll(CallFilter(organizationID: organization.id), today: today, on: db)
        let pledges = try await Pledge.fetchAll(PledgeFilter(organizationID: organization.id), on: db)
        let places = try await Place.fetchDictionary(
            ids: cooperations.flatMap(\.placeIDs) + events.compactMap(\.hostPlaceID) + pledges.map(\.placeID), on: db)
        let organizations = [organization.id: organization]
        var facts = [Fact(t[.fieldKind], t.label("organization-kind", organization.kind.rawValue))]
        facts.append(Fact(t[.editorForEditors], [.link(t[.editorEditOrganizationLink], .organizationEdit(organization.slug)), .text(" · "),
                                                  .link(t[.editorNewEvent], .eventNewFor(organization.slug)), .text(" · "),
                                                  .link(t[.editorNewCall], .callNewFor(organization.slug)), .text(" · "),
                                                  .link(t[.editorNewArticle], .articleNewFor(organization.slug)), .text(" · "),
                                                  .link(t[.editorNewNetwork], .networkNewFor(organization.slug)), .text(" · "),
                                                  .link(t[.editorNewCooperation], .cooperationNewFor(organization.slug))]))
        if let website = organization.website, Markdown.isSafe(website) {
            facts.append(Fact(t[.fieldWebsite], [.link(website, website)]))
        }
        return DetailPageModel(
            title: organization.name, kicker: t.label("organization-kind", organization.kind.rawValue),
            summary: organization.summary, facts: facts, bodyHTML: nil,
            sections: [
                Section(t[.sectionNetworks], items: networks.map { item($0, organizations: organizations) }),
                Section(t[.sectionCooperations], items: cooperations.map { item($0, places: places) }),
                Section(t[.sectionEvents], items: events.map { item($0, places: places) }),
                Section(t[.sectionArticles], items: articles.map(item)),
                Section(t[.sectionCalls], items: calls.map { item($0, organizations: organizations) }),
                Section(t[.sectionPledges], items: pledges.map { item($0, places: places) }),
            ].filter { !$0.items.isEmpty })
            .with(detailHead(.organization(organization.slug), title: organization.name, summary: organization.summary, jsonLD: LinkedData.organization(organization, url: absolute(SiteURL.organization(organization.slug).path)), alternates: articleAlternates(.organization(organization.slug)) + eventAlternates(.organization(organization.slug))))
    }
}
