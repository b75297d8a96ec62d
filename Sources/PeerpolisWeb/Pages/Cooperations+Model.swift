import PeerpolisDomain
import PeerpolisStorage

extension Pages {
    func cooperationList() async throws -> ListPageModel {
        let filter = try cooperationFilter()
        let theme = self.theme(filter.themeSlug), country = self.country(filter.countryCode), year = filter.year
        let page = try await Cooperation.fetchPage(filter, page: try pageRequest(), on: db)
        let places = try await Place.fetchDictionary(ids: page.items.flatMap(\.placeIDs), on: db)
        return ListPageModel(
            title: t[.navCooperations], intro: t[.cooperationsIntro], action: .cooperations,
            filters: [themeField(selected: theme), countryField(selected: country),
                      yearField(selected: year, years: 2000...today.year + 1)],
            count: count(page),
            sections: [Section("", items: page.items.map { item($0, places: places) }, emptyText: t[.noResults])],
            pagination: pagination(page, url: .cooperations))
    }

    func cooperationShow(slug: String) async throws -> DetailPageModel {
        guard let cooperation = try await Cooperation.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
        let places = try await Place.fetchDictionary(ids: cooperation.placeIDs, on: db)
        let programme = try await cooperation.programmeID.asyncMap { try await Organization.fetchDictionary(ids: [$0], on: db)[$0] } ?? nil
        var facts: [Fact] = [
            Fact(t[.fieldPlaces], joined(cooperation.placeIDs.compactMap { places[$0] }.map { .link(placeLabel($0), .place($0.slug)) })),
        ]
        if let programme { facts.append(Fact(t[.fieldProgramme], [.link(programme.name, .organization(programme.slug))])) }
        if let period = format.openPeriod(cooperation.startDate, cooperation.endDate) { facts.append(Fact(t[.fieldPeriod], period)) }
        if !cooperation.themeSlugs.isEmpty { facts.append(Fact(t[.sectionThemes], themeLinks(cooperation.themeSlugs))) }
        for outcome in cooperation.outcomes {
            let figure = outcome.amount.map { format.amount($0, unit: outcome.unit) }
            facts.append(Fact(t[.fieldOutcomes], [figure, outcome.description].compactMap { $0 }.joined(separator: ": ")))
        }
        facts.append(Fact(t[.editorForEditors], [.link(t[.editorEditCooperationLink], .cooperationEdit(cooperation.slug))]))
        return DetailPageModel(title: cooperation.title, kicker: t[.navCooperations], summary: nil, facts: facts,
                               bodyHTML: Markdown.html(cooperation.narrative), sections: [])
            .with(detailHead(.cooperation(cooperation.slug), title: cooperation.title, summary: excerpt(cooperation.narrative), jsonLD: LinkedData.thing(type: "Project", name: cooperation.title, url: absolute(SiteURL.cooperation(cooperation.slug).path), description: excerpt(cooperation.narrative), about: cooperation.themeSlugs.compactMap { theme($0)?.name })))
    }
}
