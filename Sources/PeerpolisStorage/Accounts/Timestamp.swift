import Foundation

/// Timestamps are ISO 8601 text in UTC with whole seconds, so they sort and compare as text on both engines.
enum Timestamp {
    static func text(_ date: Date) -> String {
        // ISO8601DateFormatter is thread-safe but costly to make; this format is fixed, so build it by hand.
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        return "\(pad(year, 4))-\(pad(month))-\(pad(day))T\(pad(rest / 3600)):\(pad(rest % 3600 / 60)):\(pad(rest % 60))Z"
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Reads what `text(_:)` writes without Foundation's formatter, whose construction showed as the
    /// largest cost of a signed-in page (four timestamps per session lookup); other ISO 8601 forms fall back to it.
    static func date(_ text: String) -> Date? {
        let b = Array(text.utf8)
        if b.count == 20, b[4] == 45, b[7] == 45, b[10] == 84, b[13] == 58, b[16] == 58, b[19] == 90 {
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    guard (48...57).contains(b[index]) else { return nil }
                    value = value * 10 + Int(b[index] - 48)
                }
                return value
            }
            if let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), let hour = number(11..<13),
               let minute = number(14..<16), let second = number(17..<19), (1...12).contains(month), (1...31).contains(day),
               hour < 24, minute < 60, second < 61 {
                let days = daysFromCivil(year, month, day)
                return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3600 + minute * 60 + second))
            }
        }
        return slowDate(text)
    }

    /// Howard Hinnant's days-from-civil, the inverse of `civil(fromDays:)`.
    private static func daysFromCivil(_ year0: Int, _ month: Int, _ day: Int) -> Int {
        let year = month <= 2 ? year0 - 1 : year0
        let era = (year >= 0 ? year : year - 399) / 400
        let yoe = year - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func slowDate(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

    /// Howard Hinnant's days-to-civil algorithm: exact for the proleptic Gregorian calendar.
    private static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
