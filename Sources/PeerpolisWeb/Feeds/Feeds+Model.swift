import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// The Atom, RSS and iCalendar documents of the article and event lists.
extension Pages {
    /// The most entries a feed carries; a calendar carries more, since subscribers want the whole agenda.
    static let feedLimit = 50
    static let calendarLimit = 500

    /// The filters and title part of a feed scope; an unknown slug is a 404 like the page it belongs to.
    func resolve(_ scope: FeedScope) async throws -> (name: String?, articles: ArticleFilter, events: EventFilter) {
        switch scope {
        case .all:
            return (nil, ArticleFilter(), EventFilter())
        case .theme(let slug):
            guard let theme = reference.themesBySlug[slug] else { throw WebError.notFound }
            return (theme.name(language: t.language.rawValue), ArticleFilter(themeSlug: slug), EventFilter(themeSlug: slug))
        case .place(let slug):
            guard let place = try await Place.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
            return (place.name, ArticleFilter(placeID: place.id), EventFilter(hostPlaceID: place.id))
        case .network(let slug):
            guard let network = try await Network.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
            return (network.name, ArticleFilter(networkID: network.id), EventFilter(networkID: network.id))
        case .organization(let slug):
            guard let organization = try await Organization.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
            return (organization.name, ArticleFilter(organizationID: organization.id), EventFilter(organizerID: organization.id))
        }
    }

    func absolute(_ path: String) -> String { baseURL + path }

    var themeNames: [String: String] {
        Dictionary(uniqueKeysWithValues: reference.themes.map { ($0.slug, $0.name(language: t.language.rawValue)) })
    }

    /// A stable instant for undated entries and empty feeds: the data's last change, never the request time.
    func stableDate(_ version: DataVersion) -> Date {
        let formatter = ISO8601DateFormatter()
        return version.lastChange.flatMap(formatter.date(from:)) ?? Date(timeIntervalSince1970: 946_684_800)
    }

    func feedTitle(_ list: UIKey, _ name: String?) -> String {
        [t[.siteName], t[list], name].compactMap { $0 }.joined(separator: " · ")
    }

    func articleFeed(_ scope: FeedScope, format: FeedFormat, version: DataVersion) async throws -> [UInt8] {
        let (name, filter, _) = try await resolve(scope)
        let articles = try await Article.fetchLatest(filter, limit: Self.feedLimit, on: db)
        let names = themeNames
        let entries = articles.map { FeedEntry.article($0, url: absolute(SiteURL.article($0.slug).path), themeNames: names) }
        let header = FeedHeader(title: feedTitle(.navArticles, name), subtitle: t[.feedArticlesSubtitle],
                                selfURL: absolute(SiteURL.articleFeed(scope, format).path),
                                alternateURL: absolute(scope == .all ? SiteURL.articles.path : scope.prefix),
                                siteName: t[.siteName], language: t.language.rawValue, fallbackDate: stableDate(version))
        let text = format == .rss ? RSSFeed.render(header, entries: entries) : AtomFeed.render(header, entries: entries)
        return Array(text.utf8)
    }

    func eventFeed(_ scope: FeedScope, format: FeedFormat, version: DataVersion) async throws -> [UInt8] {
        let (name, _, eventFilter) = try await resolve(scope)
        let limit = format == .ics ? Self.calendarLimit : Self.feedLimit
        let events = try await Event.fetchLatest(eventFilter, today: today, limit: limit, on: db)
        if format == .ics {
            return try await calendar(events, name: feedTitle(.navEvents, name), version: version)
        }
        let organizers = try await Organization.fetchDictionary(ids: events.compactMap(\.organizerID), on: db)
        let names = themeNames
        let entries = events.map {
            FeedEntry.event($0, url: absolute(SiteURL.event($0.slug).path), themeNames: names,
                            organizer: $0.organizerID.flatMap { organizers[$0]?.name })
        }
        let header = FeedHeader(title: feedTitle(.navEvents, name), subtitle: t[.feedEventsSubtitle],
                                selfURL: absolute(SiteURL.eventFeed(scope, format).path),
                                alternateURL: absolute(scope == .all ? SiteURL.events.path : scope.prefix),
                                siteName: t[.siteName], language: t.language.rawValue, fallbackDate: stableDate(version))
        let text = format == .rss ? RSSFeed.render(header, entries: entries) : AtomFeed.render(header, entries: entries)
        return Array(text.utf8)
    }

    /// One event's calendar file.
    func eventCalendar(slug: String, version: DataVersion) async throws -> [UInt8] {
        guard let event = try await Event.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
        return try await calendar([event], name: event.title, version: version)
    }

    /// A calendar whose DTSTAMP is the data's last change, so an unchanged agenda gives identical bytes.
    func calendar(_ events: [Event], name: String, version: DataVersion) async throws -> [UInt8] {
        try await calendar(events, name: name, stamp: stableDate(version))
    }

    /// A calendar of `events` whose DTSTAMP is `stamp`.
    func calendar(_ events: [Event], name: String, stamp: Date) async throws -> [UInt8] {
        let places = try await Place.fetchDictionary(ids: events.compactMap(\.hostPlaceID), on: db)
        let names = themeNames
        let entries = events.map { event in
            ICalendar.Entry(event: event, url: absolute(SiteURL.event(event.slug).path),
                            placeName: event.hostPlaceID.flatMap { places[$0] }.map(placeLabel),
                            categories: event.themeSlugs.compactMap { names[$0] })
        }
        let host = URL(string: baseURL)?.host ?? "peerpolis"
        return Array(ICalendar.render(name: name, host: host, stamp: stamp, entries: entries).utf8)
    }
}
