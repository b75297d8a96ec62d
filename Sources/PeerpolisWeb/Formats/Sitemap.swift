import Foundation
import PeerpolisDomain

/// One URL of a sitemap.
public struct SitemapURL: Sendable, Hashable {
    /// The absolute URL.
    public var location: String
    /// When the page last changed, when known.
    public var lastModified: Day?

    public init(_ location: String, lastModified: Day? = nil) {
        self.location = location
        self.lastModified = lastModified
    }
}

/// Sitemaps (sitemaps.org protocol 0.9) and the `robots.txt` that announces them.
///
/// A sitemap holds at most 50,000 URLs. With more, `/sitemap.xml` becomes an index of numbered sitemaps
/// (`/sitemap-1.xml`, `/sitemap-2.xml`, …), each holding the next 50,000 URLs of the same list.
public enum Sitemap {
    /// The media type to serve every sitemap document with.
    public static let contentType = "application/xml; charset=utf-8"
    /// The protocol's limit of URLs per sitemap.
    public static let maxURLs = 50_000

    /// The document for `/sitemap.xml`: the URL set itself when all URLs fit, else the index of the parts.
    ///
    /// - Parameter baseURL: the site's absolute root without a trailing slash, e.g. `https://peerpolis.org`.
    public static func root(_ urls: [SitemapURL], baseURL: String) -> String {
        let parts = partCount(urls.count)
        guard parts > 1 else { return urlset(urls[...]) }
        return index((1...parts).map { baseURL + partPath($0) })
    }

    /// The document for part `number` (1-based) of a split sitemap, or nil when there is no such part
    /// (the route then answers 404).
    public static func part(_ number: Int, of urls: [SitemapURL]) -> String? {
        guard partCount(urls.count) > 1, (1...partCount(urls.count)).contains(number) else { return nil }
        let start = (number - 1) * maxURLs
        return urlset(urls[start..<min(start + maxURLs, urls.count)])
    }

    /// The path of part `number`, e.g. `/sitemap-2.xml`.
    public static func partPath(_ number: Int) -> String { "/sitemap-\(number).xml" }

    /// How many parts a list of `count` URLs is split into (one for an empty list).
    public static func partCount(_ count: Int) -> Int { max(1, (count + maxURLs - 1) / maxURLs) }

    /// A `urlset` document of up to 50,000 URLs.
    public static func urlset(_ urls: ArraySlice<SitemapURL>) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for url in urls.prefix(maxURLs) {
            out += "  <url><loc>\(XMLEscaping.escape(url.location))</loc>"
            if let day = url.lastModified { out += "<lastmod>\(day)</lastmod>" }
            out += "</url>\n"
        }
        out += "</urlset>\n"
        return out
    }

    /// A `sitemapindex` document listing the absolute URLs of sitemaps.
    public static func index(_ sitemapURLs: [String]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for url in sitemapURLs {
            out += "  <sitemap><loc>\(XMLEscaping.escape(url))</loc></sitemap>\n"
        }
        out += "</sitemapindex>\n"
        return out
    }
}

/// The text of `/robots.txt`.
public enum Robots {
    /// Allows everything except `disallow`, and names the sitemap.
    ///
    /// - Parameters:
    ///   - sitemapURL: the absolute URL of `/sitemap.xml`.
    ///   - disallow: path prefixes crawlers should skip; search results by default, whose query strings make
    ///     an endless space of pages that only repeat the detail pages the sitemap already lists.
    public static func text(sitemapURL: String, disallow: [String] = ["/search"]) -> String {
        var out = "User-agent: *\n"
        if disallow.isEmpty { out += "Disallow:\n" }
        for path in disallow { out += "Disallow: \(path)\n" }
        out += "\nSitemap: \(sitemapURL)\n"
        return out
    }
}
