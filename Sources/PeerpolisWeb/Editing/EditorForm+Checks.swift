import Foundation
import PeerpolisDomain

/// Checks that several forms share, each writing its message into `errors` under the field's name.
extension EditorForm {
    /// The theme boxes ticked, kept as one comma-separated field.
    var themeSlugs: [String] { self["themes"].split(separator: ",").map(String.init) }

    /// A title of 3 to 200 characters.
    mutating func checkedTitle(_ name: String = "title") -> String {
        let title = self[name].trimmingCharacters(in: .whitespacesAndNewlines)
        if !(3...200).contains(title.count) { errors[name] = "Give a title of 3 to 200 characters." }
        return title
    }

    /// A day written `YYYY-MM-DD`, or nil when the field is empty (or wrong, with `message` written).
    mutating func optionalDay(_ name: String, _ message: String) -> Day? {
        guard !self[name].isEmpty else { return nil }
        guard let day = Day(self[name]) else {
            errors[name] = message
            return nil
        }
        return day
    }

    /// A free text of at most `limit` characters.
    mutating func checkLength(_ name: String, _ what: String, limit: Int) {
        if self[name].count > limit {
            errors[name] = "\(what) may have at most \(Self.grouped(limit)) characters; it has \(Self.grouped(self[name].count))."
        }
    }

    /// `5,000`: thousands grouped with commas, as the messages write numbers.
    static func grouped(_ number: Int) -> String {
        var out = ""
        for (index, digit) in String(number).reversed().enumerated() {
            if index > 0 && index % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return String(out.reversed())
    }

    /// The ticked themes that exist, with a message naming those that do not.
    mutating func checkThemes(known: Set<String>) {
        let unknown = themeSlugs.filter { !known.contains($0) }
        if !unknown.isEmpty { errors["themes"] = "Unknown themes: \(unknown.joined(separator: ", "))." }
    }
}
