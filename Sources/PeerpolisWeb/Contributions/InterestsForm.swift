import Foundation
import PeerpolisDomain

/// The place profile form: for each theme, whether the place needs it, offers it (or both), how much it
/// matters (0 to 1) and a note. Parsed here, so the controller only sees valid interests or messages.
struct InterestsForm: Sendable {
    enum Choice: String, Sendable, CaseIterable { case none = "", need, offer, both }

    struct Row: Sendable {
        var theme: Theme
        var choice: Choice = .none
        var weight: String = "1"
        var note: String = ""
        var error: String?
    }

    var rows: [Row]

    var hasErrors: Bool { rows.contains { $0.error != nil } }

    /// The form filled with a place's stored interests.
    init(themes: [Theme], interests: [PlaceInterest]) {
        rows = themes.map { theme in
            let mine = interests.filter { $0.themeSlug == theme.slug }
            var row = Row(theme: theme)
            let directions = Set(mine.map(\.direction))
            row.choice = directions.count == 2 ? .both : directions.first.map { $0 == .need ? .need : .offer } ?? .none
            if let first = mine.first {
                row.weight = Self.format(first.weight)
                row.note = first.note ?? ""
            }
            return row
        }
    }

    /// The form as submitted, with a message on each row that cannot be saved.
    init(themes: [Theme], form: FormBody) {
        rows = themes.map { theme in
            var row = Row(theme: theme, weight: form.text("w." + theme.slug), note: form.text("n." + theme.slug))
            let raw = form.text("d." + theme.slug)
            guard let choice = Choice(rawValue: raw) else {
                row.error = "Choose needs, offers, both or nothing."
                return row
            }
            row.choice = choice
            if choice == .none { return row }
            if row.weight.isEmpty { row.weight = "1" }
            row.error = Self.problem(weight: row.weight, note: row.note)
            return row
        }
    }

    /// What is wrong with one interest's weight and note, from any source (the form, the API), or nil.
    static func problem(weight: String, note: String) -> String? {
        if Double(weight).map({ (0...1).contains($0) }) != true {
            return "The weight must be a number from 0 to 1, such as 0.5."
        }
        if note.count > 500 { return "The note may have at most 500 characters; it has \(note.count)." }
        return nil
    }

    /// The interests to store; only meaningful when `hasErrors` is false.
    func interests(placeID: Int) -> [PlaceInterest] {
        rows.flatMap { row -> [PlaceInterest] in
            let weight = Double(row.weight) ?? 1
            let note = row.note.isEmpty ? nil : row.note
            let directions: [InterestDirection] = switch row.choice {
            case .none: []
            case .need: [.need]
            case .offer: [.offer]
            case .both: [.need, .offer]
            }
            return directions.map { PlaceInterest(placeID: placeID, themeSlug: row.theme.slug, direction: $0, weight: weight, note: note) }
        }
    }

    /// `1`, `0.5`, `0.25`: the shortest text that reads back as the same weight.
    static func format(_ weight: Double) -> String {
        weight == weight.rounded() ? String(Int(weight)) : String(weight)
    }
}
