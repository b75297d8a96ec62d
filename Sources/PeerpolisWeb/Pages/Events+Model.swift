import PeerpolisDomain
import PeerpolisStorage

extension Pages {
    /// Upcoming events first (soonest first), then past ones (latest first); `when=` keeps one of the two.
    func eventList() async throws -> ListPageModel {
        var filter = try eventFilter()
        let theme = self.theme(filter.themeSlug), country = self.country(filter.countryCode)
        let kind = filter.kind, year = filter.year, when = filter.when
        let request = try pageRequest()
        var sections: [Section] = []
        var pageForLinks: Page<Event>?
        for part in EventFilter.When.allCases where when == nil || when == part {
            filter.when = part
            let page = try await Event.fetchPage(filter, today: today, page: request, on: db)
            let places = try await Place.fetchDictionary(ids: page.items.compactMap(\.hostPlaceID), on: db)
            sections.append(Section(part == .upcoming ? t[.sectionUpcoming] : t[.sectionPast],
                                    items: page.items.map { item($0, places: places) },
                                    emptyText: part == .upcoming ? t[.noUpcomingEvents] : t[.noResults]))
            if pageForLinks == nil || page.pageCount > pageForLinks!.pageCount { pageForLinks = page }
        }
        return ListPageModel(
            title: t[.navEvents], intro: t[.eventsIntro], action: .events,
            filters: [themeField(selected: theme), countryField(selected: country),
                      choiceField("kind", label: t[.fieldKind], group: "event-kind", EventKind.self, selected: kind),
                      yearField(selected: year, years: 2000...today.year + 2),
                      choiceField("when", label: t[.fieldWhen], group: "when", EventFilter.When.self, selected: when)],
            count: nil, sections: sections, pagination: pageForLinks.flatMap { pagination($0, url: .events) })
    }

    func eventShow(slug: String, viewer: EventViewer? = nil) async throws -> DetailPageModel {
        guard let event = try await Event.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
        let host = try await event.hostPlaceID.asyncMap { try await Place.fetchOne(id: $0, on: db) } ?? nil
        let organizer = try await event.organizerID.asyncMap { try await Organization.fetchDictionary(ids: [$0], on: db)[$0] } ?? nil
        let network = try await event.networkID.asyncMap { try await Network.fetchDictionary(ids: [$0], on: db)[$0] } ?? nil
        let articles = try await Article.fetchAll(ArticleFilter(eventID: event.id), on: db)

        var when = format.period(event.startDate, event.endDate)
        if let start = event.startTime { when += ", \(start)" + (event.endTime.map { "–\($0)" } ?? "") }
        var facts = [Fact(t[.fieldDates], "\(when) (\(event.timeZone))")]
        if let host { facts.append(Fact(t[.fieldHost], [.link(placeLabel(host), .place(host.slug))])) }
        if event.isOnline { facts.append(Fact(t[.fieldOnline], t[.yes])) }
        if let organizer { facts.append(Fact(t[.fieldOrganizer], [.link(organizer.name, .organization(organizer.slug))])) }
        if let network { facts.append(Fact(t[.fieldNetwork], [.link(network.name, .network(network.slug))])) }
        if let capacity = event.capacity { facts.append(Fact(t[.fieldCapacity], format.integer(capacity))) }
        if let deadline = event.registrationDeadline { facts.append(Fact(t[.fieldDeadline], format.day(deadline))) }
        if !event.themeSlugs.isEmpty { facts.append(Fact(t[.sectionThemes], themeLinks(event.themeSlugs))) }
        if event.organizerID != nil { facts.append(Fact(t[.editorForEditors], [.link(t[.editorEditLink], .eventEdit(event.slug))])) }
        return DetailPageModel(title: event.title, kicker: t.label("event-kind", event.kind.rawValue),
                               summary: event.summary, facts: facts, bodyHTML: nil,
                               sections: [Section(t[.sectionArticles], items: articles.map(item))].filter { !$0.items.isEmpty },
                               registration: try await registrationPanel(event, viewer: viewer))
            .with(detailHead(.event(event.slug), title: event.title, summary: event.summary, jsonLD: LinkedData.event(event, url: absolute(SiteURL.event(event.slug).path), place: host.map(placeRef), organizer: organizer.map(link)), alternates: [AlternateLink(title: t[.eventCalendar], href: SiteURL.eventCalendar(event.slug).path, type: "text/calendar", isFeed: true)]))
    }
}
