import PeerpolisDomain
import PeerpolisStorage

extension Pages {
    func pledgeList() async throws -> ListPageModel {
        let filter = try pledgeFilter()
        let country = self.country(filter.countryCode)
        let page = try await Pledge.fetchPage(filter, page: try pageRequest(), on: db)
        let places = try await Place.fetchDictionary(ids: page.items.map(\.placeID), on: db)
        return ListPageModel(
            title: t[.navPledges], intro: t[.pledgesIntro], action: .pledges,
            filters: [countryField(selected: country)], count: count(page),
            sections: [Section("", items: page.items.map { item($0, places: places) }, emptyText: t[.noResults])],
            pagination: pagination(page, url: .pledges))
    }

    /// A pledge's page; its place's representatives (`viewer`) also get the link to edit it.
    func pledgeShow(slug: String, viewer: Principal?) async throws -> DetailPageModel {
        guard let pledge = try await Pledge.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
        let place = try await Place.fetchOne(id: pledge.placeID, on: db)
        let organization = try await pledge.organizationID.asyncMap { try await Organization.fetchDictionary(ids: [$0], on: db)[$0] } ?? nil
        var facts: [Fact] = []
        if let place { facts.append(Fact(t[.fieldPlaces], [.link(placeLabel(place), .place(place.slug))])) }
        if let organization { facts.append(Fact(t[.fieldOrganization], [.link(organization.name, .organization(organization.slug))])) }
        facts.append(Fact(t[.fieldFramework], pledge.framework))
        if !pledge.principles.isEmpty { facts.append(Fact(t[.fieldPrinciples], pledge.principles.joined(separator: ", "))) }
        let commitment = [pledge.amount.map { format.amount($0, unit: pledge.currency) },
                          pledge.quantity.map { format.amount($0, unit: pledge.unit) }].compactMap { $0 }
        facts.append(Fact(t[.fieldCommitment], commitment.isEmpty ? t[.notStated] : commitment.joined(separator: "; ")))
        if let period = format.openPeriod(pledge.startDate, pledge.endDate) { facts.append(Fact(t[.fieldPeriod], period)) }
        if let ratio = pledge.progressRatio, let reached = pledge.latestFigure {
            let unit = pledge.amount != nil ? pledge.currency : pledge.unit
            let goal = pledge.amount ?? pledge.quantity ?? 0
            facts.append(Fact(t[.fieldProgress], t.format(.progressAgainst, "\(Int((ratio * 100).rounded())) %",
                                                          format.amount(reached, unit: unit), format.amount(goal, unit: unit))))
        }
        var links: [Inline] = [.link(t[.progressReport], .pledgeProgress(pledge.slug))]
        if Authorization.can(viewer, .editPledge, .pledge(placeID: pledge.placeID)) {
            links += [.text(" · "), .link(t[.editorEditPledgeLink], .pledgeEdit(pledge.slug))]
        }
        facts.append(Fact(t[.progressForRepresentatives], links))
        let updates = pledge.progress.map { update in
            ListItem(title: format.day(update.date), url: .pledge(pledge.slug), meta: [
                update.amount.map { format.amount($0, unit: pledge.currency) } ?? "",
                update.quantity.map { format.amount($0, unit: pledge.unit) } ?? "",
            ], summary: update.note)
        }
        return DetailPageModel(title: pledge.title, kicker: t[.navPledges], summary: pledge.summary, facts: facts,
                               bodyHTML: nil, sections: [Section(t[.fieldProgress], items: updates)].filter { !$0.items.isEmpty })
            .with(detailHead(.pledge(pledge.slug), title: pledge.title, summary: pledge.summary, jsonLD: LinkedData.thing(type: "CreativeWork", name: pledge.title, url: absolute(SiteURL.pledge(pledge.slug).path), description: pledge.summary)))
    }
}
