import PeerpolisDomain
import PeerpolisStorage

extension Pages {
    func practiceList() async throws -> ListPageModel {
        let filter = try practiceFilter()
        let theme = self.theme(filter.themeSlug), country = self.country(filter.countryCode)
        let page = try await GoodPractice.fetchPage(filter, page: try pageRequest(), on: db)
        let places = try await Place.fetchDictionary(ids: page.items.map(\.ownerPlaceID), on: db)
        return ListPageModel(
            title: t[.navPractices], intro: t[.practicesIntro], action: .practices,
            filters: [themeField(selected: theme), countryField(selected: country)],
            count: count(page),
            sections: [Section("", items: page.items.map { item($0, places: places) }, emptyText: t[.noResults])],
            pagination: pagination(page, url: .practices))
    }

    /// A practice's page. `viewer` (nil for a visitor) decides which of the editing links it shows: changing
    /// the practice and recording transfers for its place's representatives, reporting an adoption for
    /// other places' representatives, and changing the transfers the viewer may speak for.
    func practiceShow(slug: String, viewer: Principal?) async throws -> DetailPageModel {
        guard let practice = try await GoodPractice.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
        let places = try await Place.fetchDictionary(
            ids: [practice.ownerPlaceID] + practice.transfers.map(\.receivingPlaceID), on: db)
        let networks = try await Network.fetchDictionary(
            ids: practice.networkIDs + practice.transfers.compactMap(\.networkID), on: db)
        var facts: [Fact] = []
        if let owner = places[practice.ownerPlaceID] {
            facts.append(Fact(t[.fieldOwner], [.link(placeLabel(owner), .place(owner.slug))]))
        }
        if !practice.themeSlugs.isEmpty { facts.append(Fact(t[.sectionThemes], themeLinks(practice.themeSlugs))) }
        if !practice.networkIDs.isEmpty {
            facts.append(Fact(t[.sectionNetworks], joined(practice.networkIDs.compactMap { networks[$0] }.map { .link($0.name, .network($0.slug)) })))
        }
        if let results = practice.results { facts.append(Fact(t[.fieldResults], results)) }
        let owner = practice.ownerPlaceID
        if Authorization.can(viewer, .editPractice, .practice(ownerPlaceID: owner)) {
            facts.append(Fact(t[.progressForRepresentatives], [.link(t[.editorEditPracticeLink], .practiceEdit(practice.slug)),
                                                               .text(" · "),
                                                               .link(t[.transferAddLink], .practiceTransferNew(practice.slug))]))
        } else if Authorization.can(viewer, .addTransfer, .transfer(ownerPlaceID: owner, receivingPlaceID: nil)) {
            facts.append(Fact(t[.progressForRepresentatives], [.link(t[.transferReportLink], .practiceTransferNew(practice.slug))]))
        }
        let changeable = practice.transfers.filter {
            Authorization.can(viewer, .editTransfer, .transfer(ownerPlaceID: owner, receivingPlaceID: $0.receivingPlaceID))
        }
        let transfers = practice.transfers.compactMap { transfer in
            places[transfer.receivingPlaceID].map { place in
                ListItem(title: placeLabel(place), url: .place(place.slug), meta: [
                    transfer.stage.map { t.label("stage", $0.rawValue) } ?? "",
                    transfer.networkID.flatMap { networks[$0]?.name } ?? "",
                    transfer.startDate.map(format.day) ?? "",
                ])
            }
        }
        return DetailPageModel(title: practice.title, kicker: t[.navPractices], summary: practice.summary, facts: facts,
                               bodyHTML: Markdown.html(practice.body),
                               sections: [Section(t[.fieldTransfers], items: transfers),
                                          Section(t[.transferChangeSection], items: changeable.compactMap { transfer in
                                              places[transfer.receivingPlaceID].map {
                                                  ListItem(title: placeLabel($0), url: .transferEdit(transfer.id))
                                              }
                                          })].filter { !$0.items.isEmpty })
            .with(detailHead(.practice(practice.slug), title: practice.title, summary: practice.summary, jsonLD: LinkedData.practice(practice, url: absolute(SiteURL.practice(practice.slug).path), about: practice.themeSlugs.compactMap { theme($0)?.name }, owner: places[practice.ownerPlaceID].map(placeRef))))
    }
}
