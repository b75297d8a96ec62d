import PeerpolisDomain
import PeerpolisStorage

struct HomePageModel: Sendable {
    var title: String
    var intro: String
    var totals: [(figure: String, label: String, href: String)]
    var sections: [Section]
}

extension Pages {
    func home() async throws -> HomePageModel {
        let articles = try await Article.fetchPage(ArticleFilter(), page: PageRequest(number: 1, size: 5), on: db)
        let events = try await Event.fetchPage(EventFilter(when: .upcoming), today: today,
                                               page: PageRequest(number: 1, size: 5), on: db)
        let calls = try await Call.fetchPage(CallFilter(status: .open), today: today, page: PageRequest(number: 1, size: 5), on: db)
        let places = try await Place.fetchDictionary(ids: events.items.compactMap(\.hostPlaceID), on: db)
        let organizations = try await Organization.fetchDictionary(ids: calls.items.map(\.organizationID), on: db)
        let totals: [(Int, UIKey, SiteURL)] = [
            (try await Place.fetchCount(on: db), .navPlaces, .places),
            (reference.countries.count, .navCountries, .countries),
            (try await Network.fetchCount(on: db), .navNetworks, .networks),
            (try await Cooperation.fetchCount(on: db), .navCooperations, .cooperations),
            (try await GoodPractice.fetchCount(on: db), .navPractices, .practices),
            (try await Event.fetchCount(on: db), .navEvents, .events),
            (articles.total, .navArticles, .articles),
            (try await Call.fetchCount(on: db), .navCalls, .calls),
            (try await Pledge.fetchCount(on: db), .navPledges, .pledges),
        ]
        return HomePageModel(
            title: t[.homeTitle], intro: t[.homeIntro],
            totals: totals.map { (format.integer($0.0), t[$0.1], $0.2.path) },
            sections: [
                Section(t[.homeLatestArticles], items: articles.items.map(item), emptyText: t[.noResults],
                        more: .link(t[.navArticles], SiteURL.articles.path)),
                Section(t[.homeUpcomingEvents], items: events.items.map { item($0, places: places) },
                        emptyText: t[.noUpcomingEvents], more: .link(t[.navEvents], SiteURL.events.path)),
                Section(t[.homeOpenCalls], items: calls.items.map { item($0, organizations: organizations) },
                        emptyText: t[.noOpenCalls], more: .link(t[.navCalls], SiteURL.calls.path)),
            ])
    }

    func about() -> DetailPageModel {
        let body = [t[.aboutText], "## \(t[.aboutDataTitle])", t[.aboutDataText], t[.aboutGeoNamesText]]
            .joined(separator: "\n\n")
        return DetailPageModel(
            title: t[.aboutTitle], kicker: nil, summary: nil,
            facts: [Fact("GeoNames", [.link("https://www.geonames.org/", "https://www.geonames.org/")]),
                    Fact("CC BY 4.0", [.link("https://creativecommons.org/licenses/by/4.0/", "https://creativecommons.org/licenses/by/4.0/")])],
            bodyHTML: Markdown.html(body), sections: [])
    }
}
