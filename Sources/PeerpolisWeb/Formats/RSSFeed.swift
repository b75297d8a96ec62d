import Foundation

/// Writes RSS 2.0 feeds, with the `atom:link rel="self"` that feed validators ask for.
public enum RSSFeed {
    /// The media type to serve the result with.
    public static let contentType = "application/rss+xml; charset=utf-8"

    /// The whole feed document, items in the order given (callers pass them newest first).
    ///
    /// Authors go into `dc:creator`, because RSS's own `author` element must hold an e-mail address.
    /// An undated entry has no `pubDate` (optional in RSS 2.0) rather than an invented one.
    public static func render(_ header: FeedHeader, entries: [FeedEntry]) -> String {
        let e = XMLEscaping.escape
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        out += "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\""
        out += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        out += "  <channel>\n"
        out += "    <title>\(e(header.title))</title>\n"
        out += "    <link>\(e(header.alternateURL))</link>\n"
        // RSS requires a description; the title stands in when the caller has no sentence to offer.
        out += "    <description>\(e(header.subtitle.isEmpty ? header.title : header.subtitle))</description>\n"
        out += "    <atom:link rel=\"self\" type=\"application/rss+xml\" href=\"\(e(header.selfURL))\"/>\n"
        if let language = header.language { out += "    <language>\(e(language))</language>\n" }
        out += "    <lastBuildDate>\(Timestamps.rfc822(header.updated(entries)))</lastBuildDate>\n"
        out += "    <generator>\(e(header.siteName))</generator>\n"
        for entry in entries {
            out += item(entry)
        }
        out += "  </channel>\n</rss>\n"
        return out
    }

    private static func item(_ entry: FeedEntry) -> String {
        let e = XMLEscaping.escape
        var out = "    <item>\n"
        out += "      <title>\(e(entry.title))</title>\n"
        out += "      <link>\(e(entry.url))</link>\n"
        // A guid that is the page URL may be marked a permalink; any other id must say it is not one.
        let isPermaLink = entry.id == entry.url ? "true" : "false"
        out += "      <guid isPermaLink=\"\(isPermaLink)\">\(e(entry.id))</guid>\n"
        if let date = entry.date { out += "      <pubDate>\(Timestamps.rfc822(date))</pubDate>\n" }
        for author in entry.authors where !author.isEmpty {
            out += "      <dc:creator>\(e(author))</dc:creator>\n"
        }
        for category in entry.categories {
            out += "      <category>\(e(category.label))</category>\n"
        }
        if !entry.summary.isEmpty { out += "      <description>\(e(entry.summary))</description>\n" }
        out += "    </item>\n"
        return out
    }
}
