import Foundation
import PeerpolisDomain

/// Date arithmetic and text forms shared by the format writers.
///
/// Written by hand rather than with `DateFormatter`: the formats are fixed (English names, UTC), a formatter's
/// locale and zone defaults would only add ways to get them wrong, and feeds are on a hot path (issue 5 asks
/// for 2,000 requests/s).
enum Timestamps {
    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"] // 1970-01-01 was a Thursday.
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Midnight UTC at the start of `day`.
    static func date(_ day: Day) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day.daysSince1970) * 86_400)
    }

    /// The day after `day`.
    static func next(_ day: Day) -> Day { Day(daysSince1970: day.daysSince1970 + 1) }

    /// Whole seconds since 1970, rounded down so a fraction never carries into the next second's text.
    static func seconds(_ date: Date) -> Int { Int(date.timeIntervalSince1970.rounded(.down)) }

    /// Splits seconds since 1970 into a day and the hour, minute and second of that day.
    static func split(_ seconds: Int) -> (day: Day, hour: Int, minute: Int, second: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        return (Day(daysSince1970: days), rest / 3_600, rest % 3_600 / 60, rest % 60)
    }

    /// RFC 3339 in UTC, e.g. `2019-03-14T09:30:00Z` (Atom's date construct).
    static func rfc3339(_ date: Date) -> String {
        let (day, hour, minute, second) = split(seconds(date))
        return "\(day)T\(pad(hour)):\(pad(minute)):\(pad(second))Z"
    }

    /// RFC 822 as RSS 2.0 profiles it, with a four-digit year: `Thu, 14 Mar 2019 09:30:00 +0000`.
    static func rfc822(_ date: Date) -> String {
        let all = seconds(date)
        let (day, hour, minute, second) = split(all)
        let days = day.daysSince1970
        let weekday = weekdays[((days % 7) + 7) % 7]
        return "\(weekday), \(pad(day.day)) \(months[day.month - 1]) \(day.year) "
            + "\(pad(hour)):\(pad(minute)):\(pad(second)) +0000"
    }

    /// Minutes after midnight for an `HH:MM` time, or nil when the text is not a valid time of day.
    static func minutes(_ time: String?) -> Int? {
        guard let time else { return nil }
        let parts = time.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        return hour * 60 + minute
    }

    /// Seconds since 1970 that the wall-clock time `minutes` after midnight of `day` in `zone` denotes.
    ///
    /// The offset depends on the instant being found, so the offsets a day before and a day after (either
    /// side of any transition near the time) are both tried. Near a transition the rules of RFC 5545 §3.3.5
    /// apply: a time repeated by a fall-back is its first occurrence, and a time skipped by a spring-forward
    /// gap is read with the offset before the gap (02:30 on a day clocks jump from 02:00 to 03:00 is 03:30).
    static func instant(day: Day, minutes: Int, zone: TimeZone) -> Int {
        let local = day.daysSince1970 * 86_400 + minutes * 60
        func offset(_ seconds: Int) -> Int { zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))) }
        let before = local - offset(local - 86_400), after = local - offset(local + 86_400)
        // A candidate is right when the wall clock at that instant reads `local`.
        let valid = [before, after].filter { local - $0 == offset($0) }
        return valid.min() ?? before
    }

    /// A UTC offset as `+02:00` (JSON-LD, RFC 3339) or, with `colon: false`, `+0200` (iCalendar).
    static func offset(_ seconds: Int, colon: Bool) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        let hours = pad(magnitude / 3_600), minutes = pad(magnitude % 3_600 / 60)
        let rest = magnitude % 60
        // iCalendar allows seconds in an offset; historical zones (LMT) have them, today's do not.
        let tail = colon || rest == 0 ? "" : pad(rest)
        return colon ? "\(sign)\(hours):\(minutes)" : "\(sign)\(hours)\(minutes)\(tail)"
    }

    static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }
}
