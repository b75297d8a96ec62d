import Foundation
import PeerpolisDomain

/// Checks several forms make, each writing its message, in the catalog's language, under the field it is about.
extension EditorForm {
    /// The theme boxes ticked, kept as one comma-separated field.
    var themeSlugs: [String] { self["themes"].split(separator: ",").map(String.init) }

    /// A day written `YYYY-MM-DD`, or nil when the field is empty (or wrong, with `message` written).
    mutating func optionalDay(_ name: String, _ message: String) -> Day? {
        guard !self[name].isEmpty else { return nil }
        guard let day = Day(self[name]) else {
            errors[name] = message
            return nil
        }
        return day
    }

    /// An optional period: both days as `optionalDay` reads them, the last not before the first.
    mutating func optionalPeriod(start: String, end: String, _ t: Catalog) -> (Day?, Day?) {
        let first = optionalDay(start, t[.editorCheckFirstDay])
        let last = optionalDay(end, t[.editorCheckLastDay])
        if let first, let last, last < first { errors[end] = t.format(.editorCheckLastBeforeFirst, first.description) }
        return (first, last)
    }

    /// A text of at most `limit` characters (and at least `minimum`), else `message` is noted.
    mutating func text(_ name: String, _ range: ClosedRange<Int>, _ message: String) -> String {
        let text = self[name].trimmingCharacters(in: .whitespacesAndNewlines)
        if !range.contains(text.count) { errors[name] = message }
        return text
    }

    /// A summary of at most `limit` characters.
    mutating func summary(_ name: String = "summary", limit: Int, _ t: Catalog) -> String {
        text(name, 0...limit, t.format(.editorCheckSummary, Formatter(catalog: t).integer(limit), String(self[name].count)))
    }

    /// A website: empty for none, else an `http` or `https` address with a host.
    mutating func website(_ name: String, _ t: Catalog) -> String? {
        let text = self[name].trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), text.count <= 500,
              let url = URL(string: text), let host = url.host, host.contains(".") else {
            errors[name] = t[.editorCheckWebsite]
            return nil
        }
        return text
    }

    /// The theme slugs of the comma-separated field `name`, sorted; those not in `known` are reported.
    mutating func themes(_ name: String = "themes", known: Set<String>, _ t: Catalog) -> [String] {
        let slugs = self[name].split(separator: ",").map(String.init)
        let unknown = slugs.filter { !known.contains($0) }
        if !unknown.isEmpty { errors[name] = t.format(.editorCheckThemes, unknown.joined(separator: ", ")) }
        return slugs.sorted()
    }

    /// The places a field names by slug (commas or spaces between them), in the order given and without
    /// repeats; slugs `found` lacks are reported.
    mutating func places(_ name: String, found: [String: Place], _ t: Catalog) -> [Place] {
        let slugs = Self.slugs(in: self[name])
        reportUnknownPlaces(name, slugs.filter { found[$0] == nil }, t)
        return slugs.compactMap { found[$0] }
    }

    /// Notes the slugs, under `name`, that name no place.
    mutating func reportUnknownPlaces(_ name: String, _ unknown: [String], _ t: Catalog) {
        if !unknown.isEmpty { errors[name] = t.format(.editorCheckPlaces, unknown.map { "'\($0)'" }.joined(separator: ", ")) }
    }

    /// The slugs a field lists, lowercased, without repeats.
    static func slugs(in text: String) -> [String] {
        var seen: Set<String> = []
        return text.split(whereSeparator: { $0 == "," || $0 == " " || $0.isNewline }).map { $0.lowercased() }
            .filter { seen.insert($0).inserted }
    }
}
