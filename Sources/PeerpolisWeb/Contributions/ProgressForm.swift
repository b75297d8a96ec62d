import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// A progress report on a pledge as typed in its form, with a message per field that cannot be saved.
/// The figure is what the place has reached so far, in the pledge's own currency or unit, so the page can
/// set the latest report against the commitment.
struct ProgressForm: Sendable {
    var date = ""
    var note = ""
    var figure = ""
    var errors: [String: String] = [:]

    init(today: Day) {
        date = today.description
    }

    /// Reads and checks a submission.
    init(form: FormBody, pledge: Pledge, today: Day) {
        self.init(date: form.text("date"), note: form.text("note"), figure: form.text("figure"), pledge: pledge, today: today)
    }

    /// Checks values from any source (the form, the API). A figure is asked for only when the pledge states
    /// an amount or a quantity to measure it against.
    init(date: String, note: String, figure: String, pledge: Pledge, today: Day) {
        self.date = date.trimmingCharacters(in: .whitespacesAndNewlines)
        self.note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        self.figure = figure.trimmingCharacters(in: .whitespacesAndNewlines)
        if let day = Day(self.date) {
            if day > today { errors["date"] = "The report cannot be dated after today (\(today))." }
        } else {
            errors["date"] = "Write the day as YYYY-MM-DD, such as \(today)."
        }
        if !(3...2_000).contains(self.note.count) {
            errors["note"] = "Say in 3 to 2,000 characters what was done; it has \(self.note.count)."
        }
        if !self.figure.isEmpty {
            if Self.measure(of: pledge) == nil {
                errors["figure"] = "This pledge states no amount or quantity to measure against; leave the figure empty."
            } else if Self.number(self.figure) == nil {
                errors["figure"] = "Write the figure as a number of zero or more, such as 1250000 or 1250000.50."
            }
        }
    }

    /// The currency or unit figures are given in, or nil when the pledge states neither an amount nor a quantity.
    static func measure(of pledge: Pledge) -> String? {
        if pledge.amount != nil { return pledge.currency ?? "" }
        if pledge.quantity != nil { return pledge.unit ?? "" }
        return nil
    }

    /// A non-negative number; spaces between thousands are allowed, and a lone comma is read as the
    /// decimal mark ("12 500,5"), as in French.
    static func number(_ text: String) -> Double? {
        var cleaned = text.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" }
        if cleaned.contains(",") {
            cleaned = cleaned.contains(".") ? cleaned.replacingOccurrences(of: ",", with: "")
                : cleaned.replacingOccurrences(of: ",", with: ".")
        }
        guard cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let value = Double(cleaned), value.isFinite, value >= 0 else { return nil }
        return value
    }

    /// The report with these values, or nil while a field has an error.
    func progress(for pledge: Pledge) -> PledgeProgress? {
        guard errors.isEmpty, let day = Day(date) else { return nil }
        let value = Self.number(figure)
        let isAmount = pledge.amount != nil
        return PledgeProgress(date: day, note: note, amount: isAmount ? value : nil, quantity: isAmount ? nil : value)
    }
}
