import Foundation
import PeerpolisDomain

/// Checks several forms make, each writing its message under the field it is about.
extension EditorForm {
    /// An optional day: nil when the field is empty, or, with `message` noted, when it is not `YYYY-MM-DD`.
    mutating func optionalDay(_ name: String, _ message: String) -> Day? {
        guard !self[name].isEmpty else { return nil }
        guard let day = Day(self[name]) else {
            errors[name] = message
            return nil
        }
        return day
    }

    /// An optional period: both days as `optionalDay` reads them, the last not before the first.
    mutating func optionalPeriod(start: String, end: String) -> (Day?, Day?) {
        let first = optionalDay(start, "Write the first day as YYYY-MM-DD, such as 2027-03-15, or leave it empty.")
        let last = optionalDay(end, "Write the last day as YYYY-MM-DD, or leave it empty.")
        if let first, let last, last < first { errors[end] = "The last day cannot come before the first day (\(first))." }
        return (first, last)
    }

    /// A text of at most `limit` characters (and at least `minimum`), else `message` is noted.
    mutating func text(_ name: String, _ range: ClosedRange<Int>, _ message: String) -> String {
        let text = self[name].trimmingCharacters(in: .whitespacesAndNewlines)
        if !range.contains(text.count) { errors[name] = message }
        return text
    }

    /// A website: empty for none, else an `http` or `https` address with a host.
    mutating func website(_ name: String) -> String? {
        let text = self[name].trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), text.count <= 500,
              let url = URL(string: text), let host = url.host, host.contains(".") else {
            errors[name] = "Give the website's full address, starting with https://, such as https://urbact.eu."
            return nil
        }
        return text
    }

    /// The theme slugs of the comma-separated field `name`, sorted; those not in `known` are reported.
    mutating func themes(_ name: String = "themes", known: Set<String>) -> [String] {
        let slugs = self[name].split(separator: ",").map(String.init)
        let unknown = slugs.filter { !known.contains($0) }
        if !unknown.isEmpty { errors[name] = "Unknown themes: \(unknown.joined(separator: ", "))." }
        return slugs.sorted()
    }

    /// The places a field names by slug (commas or spaces between them), in the order given and without
    /// repeats; slugs `found` lacks are reported.
    mutating func places(_ name: String, found: [String: Place]) -> [Place] {
        let slugs = Self.slugs(in: self[name])
        let unknown = slugs.filter { found[$0] == nil }
        if !unknown.isEmpty {
            errors[name] = "No place has the slug \(unknown.map { "'\($0)'" }.joined(separator: ", ")); "
                + "give each as in the place's address, such as malmo-se."
        }
        return slugs.compactMap { found[$0] }
    }

    /// The slugs a field lists, lowercased, without repeats.
    static func slugs(in text: String) -> [String] {
        var seen: Set<String> = []
        return text.split(whereSeparator: { $0 == "," || $0 == " " || $0.isNewline }).map { $0.lowercased() }
            .filter { seen.insert($0).inserted }
    }
}
