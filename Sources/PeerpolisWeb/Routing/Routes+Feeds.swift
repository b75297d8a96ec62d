import Hummingbird
import PeerpolisStorage

extension SiteController {
    /// A feed or calendar, rendered again only when public data changed, per language, served with an ETag.
    func feed(_ request: Request, table: String, contentType: String,
              _ render: @escaping (Pages, DataVersion) async throws -> [UInt8]) async throws -> Response {
        let info = request.info
        let pages = try await pages(info)
        // The counter moves with every public write, a place's or theme's name included; the table's own version
        // (its newest change, the feed's stable date) is read only when the feed is rendered again.
        let changes = try await ChangeCounter.current(on: pages.db)
        let key = "\(info.language.rawValue)|\(request.uri.path)"
        let bytes = try await renders.bytes(for: key, version: String(changes)) {
            try await render(pages, try await DataVersion.of(table, on: pages.db))
        }
        return ConditionalResponse.make(bytes, contentType: contentType, request: request)
    }

    static func contentType(_ format: FeedFormat) -> String {
        switch format {
        case .atom: AtomFeed.contentType
        case .rss: RSSFeed.contentType
        case .ics: ICalendar.contentType
        }
    }
}

/// Feeds of articles and events (all, and per theme, place, network and organization), calendars, and
/// one event's calendar file.
func addFeedRoutes(to router: Router<AppRequestContext>, site: SiteController) {
    func articleFeeds(_ prefix: String, _ scope: @escaping @Sendable (AppRequestContext) throws -> FeedScope) {
        for format in [FeedFormat.atom, .rss] {
            router.get("\(prefix)/articles.\(format.rawValue)") { request, context in
                let scope = try scope(context)
                return try await site.feed(request, table: "articles", contentType: SiteController.contentType(format)) {
                    try await $0.articleFeed(scope, format: format, version: $1)
                }
            }
        }
    }
    func eventFeeds(_ prefix: String, _ scope: @escaping @Sendable (AppRequestContext) throws -> FeedScope) {
        for format in FeedFormat.allCases {
            router.get("\(prefix)/events.\(format.rawValue)") { request, context in
                let scope = try scope(context)
                return try await site.feed(request, table: "events", contentType: SiteController.contentType(format)) {
                    try await $0.eventFeed(scope, format: format, version: $1)
                }
            }
        }
    }
    let scopes: [(String, @Sendable (AppRequestContext) throws -> FeedScope)] = [
        ("", { _ in .all }),
        ("/themes/:slug", { .theme(try $0.parameters.require("slug")) }),
        ("/places/:slug", { .place(try $0.parameters.require("slug")) }),
        ("/networks/:slug", { .network(try $0.parameters.require("slug")) }),
        ("/organizations/:slug", { .organization(try $0.parameters.require("slug")) }),
    ]
    for (prefix, scope) in scopes {
        articleFeeds(prefix, scope)
        eventFeeds(prefix, scope)
    }
}
