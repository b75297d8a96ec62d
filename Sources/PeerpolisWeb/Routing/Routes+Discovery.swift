import Hummingbird
import PeerpolisStorage

/// `/robots.txt`, `/sitemap.xml` (an index of parts past 50,000 addresses) and `/openapi.json`, which documents
/// the writes of `editors` too.
func addDiscoveryRoutes(to router: Router<AppRequestContext>, site: SiteController, editors: [any EntityEditor]) {
    router.get("/robots.txt") { request, _ in
        let pages = try await site.pages(request.info)
        let text = Robots.text(sitemapURL: pages.absolute(SiteURL.sitemap.path))
        return ConditionalResponse.make(Array(text.utf8), contentType: "text/plain; charset=utf-8", request: request)
    }
    router.get("/sitemap.xml") { request, _ in
        let pages = try await site.pages(request.info)
        let text = Sitemap.root(try await pages.sitemapURLs(), baseURL: pages.baseURL)
        return ConditionalResponse.make(Array(text.utf8), contentType: Sitemap.contentType, request: request)
    }
    router.get("/:part") { request, context in
        // `/sitemap-N.xml`; every other one-segment address that is not a page is a 404.
        let name = try context.parameters.require("part")
        guard name.hasPrefix("sitemap-"), name.hasSuffix(".xml"), let number = Int(name.dropFirst(8).dropLast(4))
        else { throw WebError.notFound }
        let pages = try await site.pages(request.info)
        guard let text = Sitemap.part(number, of: try await pages.sitemapURLs()) else { throw WebError.notFound }
        return ConditionalResponse.make(Array(text.utf8), contentType: Sitemap.contentType, request: request)
    }
    let openAPI = OpenAPIDocument.bytes(editors: editors)
    router.get("/openapi.json") { request, _ in
        ConditionalResponse.make(openAPI, contentType: "application/json; charset=utf-8", request: request)
    }
}

extension Pages {
    /// Every page worth indexing: the lists, then each detail page, as absolute URLs.
    func sitemapURLs() async throws -> [SitemapURL] {
        var paths: [String] = [SiteURL.home.path, SiteURL.about.path] + Self.downloadableLists.values.map(\.path).sorted()
        paths += reference.countries.map { SiteURL.country($0.iso2).path }
        paths += reference.themes.map { SiteURL.theme($0.slug).path }
        let builders: [(Slugs.Table, (String) -> SiteURL)] = [
            (.places, SiteURL.place), (.organizations, SiteURL.organization), (.networks, SiteURL.network),
            (.cooperations, SiteURL.cooperation), (.practices, SiteURL.practice), (.events, SiteURL.event),
            (.articles, SiteURL.article), (.calls, SiteURL.call), (.pledges, SiteURL.pledge),
        ]
        for (table, url) in builders {
            paths += try await Slugs.fetchAll(table, on: db).map { url($0).path }
        }
        return paths.map { SitemapURL(absolute($0)) }
    }
}
