import Foundation

/// Writes Atom 1.0 feeds (RFC 4287).
public enum AtomFeed {
    /// The media type to serve the result with.
    public static let contentType = "application/atom+xml; charset=utf-8"

    /// The whole feed document, entries in the order given (callers pass them newest first).
    ///
    /// The feed-level `author` is always the site, so the document stays valid when entries have no authors
    /// (RFC 4287 requires an author on the feed or on every entry).
    public static func render(_ header: FeedHeader, entries: [FeedEntry]) -> String {
        let e = XMLEscaping.escape
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        out += "<feed xmlns=\"http://www.w3.org/2005/Atom\""
        if let language = header.language { out += " xml:lang=\"\(e(language))\"" }
        out += ">\n"
        out += "  <id>\(e(header.selfURL))</id>\n"
        out += "  <title type=\"text\">\(e(header.title))</title>\n"
        if !header.subtitle.isEmpty { out += "  <subtitle type=\"text\">\(e(header.subtitle))</subtitle>\n" }
        out += "  <updated>\(Timestamps.rfc3339(header.updated(entries)))</updated>\n"
        out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(e(header.selfURL))\"/>\n"
        out += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(e(header.alternateURL))\"/>\n"
        out += "  <author><name>\(e(header.siteName))</name></author>\n"
        out += "  <generator>\(e(header.siteName))</generator>\n"
        for entry in entries {
            out += self.entry(entry, fallbackDate: header.fallbackDate)
        }
        out += "</feed>\n"
        return out
    }

    private static func entry(_ entry: FeedEntry, fallbackDate: Date) -> String {
        let e = XMLEscaping.escape
        var out = "  <entry>\n"
        out += "    <id>\(e(entry.id))</id>\n"
        out += "    <title type=\"text\">\(e(entry.title))</title>\n"
        out += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(e(entry.url))\"/>\n"
        // `updated` is required; an undated entry gets the header's stable fallback and no `published`.
        out += "    <updated>\(Timestamps.rfc3339(entry.date ?? fallbackDate))</updated>\n"
        if let date = entry.date { out += "    <published>\(Timestamps.rfc3339(date))</published>\n" }
        for author in entry.authors where !author.isEmpty {
            out += "    <author><name>\(e(author))</name></author>\n"
        }
        for category in entry.categories {
            out += "    <category term=\"\(e(category.term))\" label=\"\(e(category.label))\"/>\n"
        }
        if !entry.summary.isEmpty { out += "    <summary type=\"text\">\(e(entry.summary))</summary>\n" }
        out += "  </entry>\n"
        return out
    }
}
