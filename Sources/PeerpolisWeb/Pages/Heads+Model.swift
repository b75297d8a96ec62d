import PeerpolisDomain
import PeerpolisStorage

/// What pages announce beside their HTML: feeds, calendars, downloads, OpenGraph tags and JSON-LD.
extension Pages {
    /// The lists that can be downloaded, by path.
    static let downloadableLists: [String: SiteURL] = Dictionary(uniqueKeysWithValues: [
        SiteURL.places, .countries, .themes, .organizations, .networks, .cooperations, .practices, .events,
        .articles, .calls, .pledges,
    ].map { ($0.path, $0) })

    /// A list page's feeds (articles and events) and its downloads, which keep the list's filters.
    func listHead() -> PageHead {
        guard let list = Self.downloadableLists[info.path] else { return PageHead() }
        var links = list == .articles ? articleAlternates(.all) : list == .events ? eventAlternates(.all) : []
        let query = info.query.filter { $0.key != "page" && $0.key != "lang" }.sorted { $0.key < $1.key }
            .map { ($0.key, Optional($0.value)) }
        links.append(AlternateLink(title: t[.downloadCSV], href: SiteURL.download(list, .csv).with(query: query),
                                   type: "text/csv", isFeed: false))
        links.append(AlternateLink(title: t[.downloadJSON], href: SiteURL.download(list, .json).with(query: query),
                                   type: "application/json", isFeed: false))
        return PageHead(alternates: links)
    }

    func articleAlternates(_ scope: FeedScope) -> [AlternateLink] {
        [AlternateLink(title: "\(t[.navArticles]): \(t[.feedAtom])", href: SiteURL.articleFeed(scope, .atom).path,
                       type: "application/atom+xml", isFeed: true),
         AlternateLink(title: "\(t[.navArticles]): \(t[.feedRSS])", href: SiteURL.articleFeed(scope, .rss).path,
                       type: "application/rss+xml", isFeed: true)]
    }

    func eventAlternates(_ scope: FeedScope) -> [AlternateLink] {
        [AlternateLink(title: "\(t[.navEvents]): \(t[.feedAtom])", href: SiteURL.eventFeed(scope, .atom).path,
                       type: "application/atom+xml", isFeed: true),
         AlternateLink(title: "\(t[.navEvents]): \(t[.feedRSS])", href: SiteURL.eventFeed(scope, .rss).path,
                       type: "application/rss+xml", isFeed: true),
         AlternateLink(title: "\(t[.navEvents]): \(t[.feedCalendar])", href: SiteURL.eventFeed(scope, .ics).path,
                       type: "text/calendar", isFeed: true)]
    }

    /// A detail page's head: OpenGraph from its title and summary, its JSON-LD, and feeds when it has some.
    func detailHead(_ url: SiteURL, title: String, summary: String?, jsonLD: String, type: String = "website",
                    published: Day? = nil, alternates: [AlternateLink] = []) -> PageHead {
        PageHead(alternates: alternates,
                 openGraph: OpenGraph.tags(title: title, type: type, url: absolute(url.path), description: summary ?? "",
                                           siteName: t[.siteName], locale: t.language == .fr ? "fr_FR" : "en_GB",
                                           published: published),
                 jsonLD: jsonLD)
    }

    func placeRef(_ place: Place) -> LinkedData.PlaceRef {
        let country = reference.countriesByCode[place.countryCode]
        return LinkedData.PlaceRef(place: place, url: absolute(SiteURL.place(place.slug).path),
                                   country: country.map { LinkedData.Link(name: $0.name, url: absolute(SiteURL.country($0.iso2).path)) })
    }

    func link(_ organization: Organization) -> LinkedData.Link {
        LinkedData.Link(name: organization.name, url: absolute(SiteURL.organization(organization.slug).path))
    }
}

extension DetailPageModel {
    /// The model with a head, for the detail builders' last line.
    func with(_ head: PageHead) -> DetailPageModel {
        var copy = self
        copy.head = head
        return copy
    }
}
