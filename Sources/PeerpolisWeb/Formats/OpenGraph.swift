import Foundation
import PeerpolisDomain

/// One `<meta property="…" content="…">` tag. The values are raw text: the page layout escapes them.
public struct OpenGraphTag: Sendable, Hashable {
    public var property: String
    public var content: String

    public init(_ property: String, _ content: String) {
        self.property = property
        self.content = content
    }
}

/// OpenGraph tags (ogp.me) for link previews.
public enum OpenGraph {
    /// The longest description written; link previews cut longer text anyway, and cutting here at a word
    /// keeps the page head small for long summaries.
    public static let descriptionLimit = 200

    /// The tags of one page, in the order ogp.me lists them.
    ///
    /// - Parameters:
    ///   - type: `website` for lists and most detail pages, `article` for articles.
    ///   - url: the page's canonical absolute URL.
    ///   - published: for articles, the publication day (written as `article:published_time`).
    ///   - locale: e.g. `en_GB` or `fr_FR`.
    public static func tags(title: String, type: String = "website", url: String, description: String,
                            siteName: String, locale: String? = nil, published: Day? = nil) -> [OpenGraphTag] {
        var tags = [
            OpenGraphTag("og:title", title),
            OpenGraphTag("og:type", type),
            OpenGraphTag("og:url", url),
        ]
        let summary = shortened(description)
        if !summary.isEmpty { tags.append(OpenGraphTag("og:description", summary)) }
        tags.append(OpenGraphTag("og:site_name", siteName))
        if let locale { tags.append(OpenGraphTag("og:locale", locale)) }
        if let published, type == "article" { tags.append(OpenGraphTag("article:published_time", published.description)) }
        return tags
    }

    /// Whitespace collapsed, and text past the limit cut at the last space before it, with an ellipsis.
    static func shortened(_ text: String) -> String {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline })
        var out = ""
        for word in words {
            let next = out.isEmpty ? String(word) : out + " " + word
            if next.count > descriptionLimit {
                // A single word longer than the limit is cut inside the word rather than dropped.
                return (out.isEmpty ? String(word.prefix(descriptionLimit - 1)) : out) + "…"
            }
            out = next
        }
        return out
    }
}
