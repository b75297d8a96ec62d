import Foundation
import PeerpolisDomain

extension ICalendar {
    /// Writes a VTIMEZONE for `identifier` covering the years `years`, from Foundation's time zone data.
    ///
    /// Each transition becomes its own STANDARD or DAYLIGHT observance with an explicit onset rather than an
    /// RRULE: rules are a lossy summary (zones change them), while a list of real transitions is exactly what
    /// the tz database says for the years the events fall in. The list starts a year early so the observance
    /// in force on the first event's day (set by a transition the year before) is included. A zone with no
    /// transition in that span gets one fixed-offset STANDARD observance.
    static func writeTimeZone(_ zone: TimeZone, identifier: String, years: ClosedRange<Int>,
                              into text: inout ICalendarText) {
        let start = yearStart(years.lowerBound - 1), end = yearStart(years.upperBound + 1)
        text.line("BEGIN", "VTIMEZONE")
        text.line("TZID", ICalendarText.escape(identifier))
        var cursor = start
        var wroteAny = false
        while let transition = zone.nextDaylightSavingTimeTransition(after: cursor), transition < end {
            let before = zone.secondsFromGMT(for: transition.addingTimeInterval(-1))
            let after = zone.secondsFromGMT(for: transition)
            let kind = zone.isDaylightSavingTime(for: transition) ? "DAYLIGHT" : "STANDARD"
            // The onset is written in the local time in force just before the change (§3.6.5).
            let onset = Timestamps.seconds(transition) + before
            observance(kind, onset: ICalendarText.localDateTime(seconds: onset), from: before, to: after, into: &text)
            wroteAny = true
            cursor = transition
        }
        if !wroteAny {
            let offset = zone.secondsFromGMT(for: start)
            observance("STANDARD", onset: "19700101T000000", from: offset, to: offset, into: &text)
        }
        text.line("END", "VTIMEZONE")
    }

    /// One observance. No TZNAME: it is optional, Foundation on Linux answers "GMT+2" rather than "CEST",
    /// and asking for it was a fifth of the time of a 200-event calendar.
    private static func observance(_ kind: String, onset: String, from: Int, to: Int, into text: inout ICalendarText) {
        text.line("BEGIN", kind)
        text.line("DTSTART", onset)
        text.line("TZOFFSETFROM", Timestamps.offset(from, colon: false))
        text.line("TZOFFSETTO", Timestamps.offset(to, colon: false))
        text.line("END", kind)
    }

    private static func yearStart(_ year: Int) -> Date {
        // Day(year:month:day:) only fails outside 1...9999; clamp so a bad year cannot crash a feed.
        let day = Day(year: min(max(year, 1), 9999), month: 1, day: 1)!
        return Timestamps.date(day)
    }
}
