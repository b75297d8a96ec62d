import PeerpolisDomain
import PeerpolisStorage

extension Pages {
    func themeList() async throws -> ListPageModel {
        let lang = t.language.rawValue
        let sections = reference.themes.filter(\.isTopLevel).map { top in
            Section(top.name(language: lang),
                    items: reference.themes.filter { $0.parentSlug == top.slug }.map { child in
                        ListItem(title: child.name(language: lang), url: .theme(child.slug), summary: child.description)
                    },
                    more: .link(top.name(language: lang), SiteURL.theme(top.slug).path))
        }
        return ListPageModel(title: t[.navThemes], intro: t[.themesIntro], action: .themes, filters: [],
                             count: nil, sections: sections, pagination: nil)
    }

    func themeShow(slug: String) async throws -> DetailPageModel {
        guard let theme = reference.themesBySlug[slug] else { throw WebError.notFound }
        let lang = t.language.rawValue
        let networks = try await Network.fetchAll(NetworkFilter(themeSlug: slug), today: today, on: db)
        let cooperations = try await Cooperation.fetchAll(CooperationFilter(themeSlug: slug), on: db)
        let practices = try await GoodPractice.fetchAll(PracticeFilter(themeSlug: slug), on: db)
        let events = try await Event.fetchAll(EventFilter(themeSlug: slug), today: today, on: db)
        let articles = try await Article.fetchAll(ArticleFilter(themeSlug: slug), on: db)
        let calls = try await Call.fetchAll(CallFilter(themeSlug: slug), today: today, on: db)
        let interests = try await PlaceInterest.fetchAll(themeSlug: slug, on: db)
        let organizations = try await Organization.fetchDictionary(
            ids: networks.compactMap(\.organizationID) + calls.map(\.organizationID), on: db)
        let places = try await Place.fetchDictionary(
            ids: cooperations.flatMap(\.placeIDs) + practices.map(\.ownerPlaceID) + events.compactMap(\.hostPlaceID)
                + interests.map(\.placeID), on: db)

        var facts: [Fact] = []
        if let parent = theme.parentSlug.flatMap({ reference.themesBySlug[$0] }) {
            facts.append(Fact(t[.fieldParentTheme], [.link(parent.name(language: lang), .theme(parent.slug))]))
        }
        let children = reference.themes.filter { $0.parentSlug == theme.slug }
        if !children.isEmpty {
            facts.append(Fact(t[.fieldSubthemes], joined(children.map { .link($0.name(language: lang), .theme($0.slug)) })))
        }
        if !theme.sdgs.isEmpty {
            facts.append(Fact(t[.fieldSDGs], theme.sdgs.map { "\($0). \(reference.sdgs[$0] ?? "")" }.joined(separator: "; ")))
        }
        let interestItems = interests.compactMap { interest in
            places[interest.placeID].map {
                ListItem(title: placeLabel($0), url: .place($0.slug),
                         meta: [t.label("direction", interest.direction.rawValue)], summary: interest.note)
            }
        }
        return DetailPageModel(
            title: theme.name(language: lang), kicker: t[.fieldTheme], summary: theme.description, facts: facts,
            bodyHTML: nil,
            sections: [
                Section(t[.sectionNetworks], items: networks.map { item($0, organizations: organizations) }),
                Section(t[.sectionCooperations], items: cooperations.map { item($0, places: places) }),
                Section(t[.sectionPractices], items: practices.map { item($0, places: places) }),
                Section(t[.sectionEvents], items: events.map { item($0, places: places) }),
                Section(t[.sectionArticles], items: articles.map(item)),
                Section(t[.sectionCalls], items: calls.map { item($0, organizations: organizations) }),
                Section(t[.sectionInterests], items: interestItems),
            ].filter { !$0.items.isEmpty })
            .with(detailHead(.theme(theme.slug), title: theme.name(language: lang), summary: theme.description, jsonLD: LinkedData.thing(type: "DefinedTerm", name: theme.name(language: lang), url: absolute(SiteURL.theme(theme.slug).path), description: theme.description), alternates: articleAlternates(.theme(theme.slug)) + eventAlternates(.theme(theme.slug))))
    }
}
