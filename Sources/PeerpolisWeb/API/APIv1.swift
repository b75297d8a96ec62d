import PeerpolisStorage

/// The JSON shapes of API v1 that every resource shares. Field names are camelCase; the encoder sorts keys.
/// Links are paths on this host (`/api/v1/places/antwerp`), resolvable against the URL the response came from.
enum APIv1 {
    /// Where a resource lives: its JSON form and its HTML page.
    struct Links: Codable, Sendable {
        /// The path of the resource in this API.
        var api: String
        /// The path of the page people read.
        var html: String
    }

    /// A link to a related resource, with its name so a client can show it without a second request.
    struct Ref: Codable, Sendable {
        var slug: String
        var name: String
        var links: Links
    }

    /// One page of a collection.
    struct List<Item: Codable & Sendable>: Codable, Sendable {
        var data: [Item]
        /// Items matching the filters, over all pages.
        var total: Int
        var page: Int
        var perPage: Int
        var pageCount: Int
        /// The neighbouring pages, with the same filters; nil at either end.
        var next: String?
        var prev: String?
    }

    /// One resource and the resources that point at it, grouped by collection (`events`, `articles`…).
    struct Detail<Item: Codable & Sendable>: Codable, Sendable {
        var data: Item
        var related: [String: [Ref]]
    }

    static let defaultPageSize = 50
}

extension SiteURL {
    /// The API path matching an HTML path: `/places/antwerp` → `/api/v1/places/antwerp`.
    var apiPath: String { "/api/v1" + path }

    var links: APIv1.Links {
        let path = self.path
        return APIv1.Links(api: "/api/v1" + path, html: path)
    }
}

extension Pages {
    /// `page` and `per_page` (1 to 100, default 50): a larger page is refused rather than cut silently, so a
    /// client never mistakes a short page for the end of the list.
    func apiPageRequest() throws -> PageRequest {
        let size: Int
        if let text = info.string("per_page") {
            guard let number = Int(text), (1...PageRequest.maximumSize).contains(number) else {
                throw WebError.badRequest("per_page must be a whole number from 1 to \(PageRequest.maximumSize); '\(text.prefix(40))' is not.")
            }
            size = number
        } else {
            size = APIv1.defaultPageSize
        }
        return PageRequest(number: try info.page(), size: size)
    }

    /// Wraps a page of results with its neighbours' links, keeping every other query parameter.
    func apiList<T, Item>(_ page: Page<T>, url: SiteURL, _ transform: (T) -> Item) -> APIv1.List<Item> {
        func link(_ number: Int) -> String {
            var query = info.query.filter { $0.key != "page" }.sorted { $0.key < $1.key }.map { ($0.key, Optional($0.value)) }
            query.append(("page", String(number)))
            return "/api/v1" + url.with(query: query)
        }
        return APIv1.List(data: page.items.map(transform), total: page.total, page: page.request.number,
                          perPage: page.request.size, pageCount: page.pageCount,
                          next: page.hasNext ? link(page.request.number + 1) : nil,
                          prev: page.hasPrevious ? link(page.request.number - 1) : nil)
    }

    /// A page cut from a list already in memory (countries, themes, organizations are short lists).
    func slice<T: Sendable>(_ all: [T], _ request: PageRequest) -> Page<T> {
        let start = min(all.count, (request.number - 1) * request.size)
        let end = min(all.count, start + request.size)
        return Page(items: Array(all[start..<end]), total: all.count, request: request)
    }
}
