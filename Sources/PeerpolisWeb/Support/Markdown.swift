import Foundation
import Ink

/// Renders Markdown written by editors or imported from sources, with raw HTML neutralised: tags in the text
/// are shown as text, and links or images may only point to http, https, mailto or the site itself.
enum Markdown {
    static func html(_ markdown: String) -> String {
        // Escaping `<` and `&` before parsing turns every raw tag into visible text; Markdown syntax uses neither.
        let neutralised = markdown
            .replacingAll("&", with: "&amp;")
            .replacingAll("<", with: "&lt;")
        var parser = MarkdownParser()
        parser.addModifier(Modifier(target: .links) { input in
            rebuild(input.html, markdown: input.markdown, isImage: false)
        })
        parser.addModifier(Modifier(target: .images) { input in
            rebuild(input.html, markdown: input.markdown, isImage: true)
        })
        parser.addModifier(Modifier(target: .html) { _ in "" })
        return parser.html(from: neutralised)
    }

    /// Ink writes the destination into the attribute as it stands; rebuild the element with a vetted,
    /// attribute-escaped destination instead.
    private static func rebuild(_ html: String, markdown: Substring, isImage: Bool) -> String {
        guard let open = markdown.lastIndex(of: "("), markdown.hasSuffix(")"),
              let bracketEnd = markdown[..<open].lastIndex(of: "]") else { return html }
        let destination = String(markdown[markdown.index(after: open)..<markdown.index(before: markdown.endIndex)])
            .split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
        let textStart = markdown.index(markdown.startIndex, offsetBy: isImage ? 2 : 1, limitedBy: bracketEnd) ?? bracketEnd
        let text = String(markdown[textStart..<bracketEnd])
        let href = isSafe(destination) ? HTMLEscaping.escape(destination) : "#"
        if isImage {
            return "<img src=\"\(href)\" alt=\"\(HTMLEscaping.escape(text))\"/>"
        }
        // The link text was already rendered by Ink inside the anchor; keep that inner HTML.
        let inner: String
        if let start = html.firstIndex(of: ">"), let end = html.range(of: "</a>", options: .backwards) {
            inner = String(html[html.index(after: start)..<end.lowerBound])
        } else {
            inner = HTMLEscaping.escape(text)
        }
        return "<a href=\"\(href)\" rel=\"nofollow\">\(inner)</a>"
    }

    static func isSafe(_ destination: String) -> Bool {
        let lower = destination.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") { return true }
        // Relative links and fragments, but not protocol-relative ones.
        if lower.hasPrefix("/") && !lower.hasPrefix("//") { return true }
        if lower.hasPrefix("#") { return true }
        return false
    }

}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
