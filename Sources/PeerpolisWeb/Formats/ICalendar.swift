import Foundation
import PeerpolisDomain

/// Writes iCalendar (RFC 5545) documents of events: the subscribable calendars of issue 5.
public enum ICalendar {
    /// The media type to serve the result with.
    public static let contentType = "text/calendar; charset=utf-8"

    /// One event with what the calendar needs beside it, resolved by the caller.
    public struct Entry: Sendable, Hashable {
        public var event: Event
        /// The absolute URL of the event's page, written as `URL`.
        public var url: String
        /// The host place's name, for `LOCATION`; nil when there is none.
        public var placeName: String?
        /// Theme names, written as `CATEGORIES`.
        public var categories: [String]

        public init(event: Event, url: String, placeName: String? = nil, categories: [String] = []) {
            self.event = event
            self.url = url
            self.placeName = placeName
            self.categories = categories
        }
    }

    /// The stable UID of an event: `event-<slug>@<host>`, the same in every calendar that lists it, so a
    /// subscriber who adds the per-theme and the per-place calendar sees one event, not two.
    public static func uid(slug: String, host: String) -> String { "event-\(slug)@\(host)" }

    /// The whole calendar document, with CRLF line endings and lines folded at 75 octets.
    ///
    /// - Parameters:
    ///   - name: the calendar's display name (`X-WR-CALNAME`), e.g. "Peerpolis: events in Antwerp".
    ///   - host: the site's host name, e.g. `peerpolis.org`, for the UIDs.
    ///   - stamp: the `DTSTAMP` of every event: when this document was generated. Passed in, never read from
    ///     a clock here; pass the request's time, or the data's last change for byte-identical responses.
    ///   - entries: the events, in the order to write them.
    public static func render(name: String, host: String, stamp: Date, entries: [Entry],
                              productID: String = "-//Peerpolis//Peerpolis//EN") -> String {
        var text = ICalendarText()
        text.line("BEGIN", "VCALENDAR")
        text.line("VERSION", "2.0")
        text.line("PRODID", ICalendarText.escape(productID))
        text.line("CALSCALE", "GREGORIAN")
        text.line("METHOD", "PUBLISH")
        text.line("X-WR-CALNAME", ICalendarText.escape(name))
        let timings = self.timings(entries)
        for (identifier, zone, years) in zonesUsed(timings) {
            writeTimeZone(zone, identifier: identifier, years: years, into: &text)
        }
        let dtstamp = ICalendarText.utcDateTime(stamp)
        for (entry, timing) in zip(entries, timings) {
            writeEvent(entry, timing: timing, host: host, dtstamp: dtstamp, into: &text)
        }
        text.line("END", "VCALENDAR")
        return text.output
    }

    private static func writeEvent(_ entry: Entry, timing: EventTiming, host: String, dtstamp: String,
                                   into text: inout ICalendarText) {
        let event = entry.event
        text.line("BEGIN", "VEVENT")
        text.line("UID", ICalendarText.escape(uid(slug: event.slug, host: host)))
        text.line("DTSTAMP", dtstamp)
        switch timing {
        case .allDay(let first, let last):
            text.line("DTSTART;VALUE=DATE", ICalendarText.date(first))
            // DTEND of an all-day event is exclusive: the day after the last day.
            text.line("DTEND;VALUE=DATE", ICalendarText.date(Timestamps.next(last)))
        case .timed(let start, let end, let zone):
            // A zone Foundation does not know is written as floating local time: the wall clock the source
            // gave stays right, where guessing an offset could move the event.
            let parameter = zone.map { ";TZID=\($0.identifier)" } ?? ""
            text.line("DTSTART" + parameter, ICalendarText.localDateTime(start.day, minutes: start.minutes))
            if let end { text.line("DTEND" + parameter, ICalendarText.localDateTime(end.day, minutes: end.minutes)) }
        }
        text.line("SUMMARY", ICalendarText.escape(event.title))
        if !event.summary.isEmpty { text.line("DESCRIPTION", ICalendarText.escape(event.summary)) }
        text.line("URL", ICalendarText.uri(entry.url))
        if let location = location(entry) { text.line("LOCATION", ICalendarText.escape(location)) }
        let categories = entry.categories.filter { !$0.isEmpty }
        if !categories.isEmpty { text.line("CATEGORIES", categories.map(ICalendarText.escape).joined(separator: ",")) }
        text.line("END", "VEVENT")
    }

    /// Each event's timing, opening each zone once: a calendar of 200 events uses a handful of zones.
    private static func timings(_ entries: [Entry]) -> [EventTiming] {
        var zones: [String: TimeZone?] = [:]
        return entries.map { entry in
            let identifier = entry.event.timeZone
            let zone = zones[identifier] ?? TimeZone(identifier: identifier)
            zones[identifier] = .some(zone)
            return EventTiming(entry.event, zone: zone)
        }
    }

    /// The place's name, "Online", or both for an event held in a place and online at once.
    static func location(_ entry: Entry) -> String? {
        switch (entry.placeName, entry.event.isOnline) {
        case (let name?, true): "\(name) and online"
        case (let name?, false): name
        case (nil, true): "Online"
        case (nil, false): nil
        }
    }

    /// Each known zone that timed events use, with the years they span, sorted by identifier so the output
    /// does not depend on dictionary order.
    private static func zonesUsed(_ timings: [EventTiming]) -> [(String, TimeZone, ClosedRange<Int>)] {
        var years: [String: (TimeZone, ClosedRange<Int>)] = [:]
        for timing in timings {
            guard case .timed(let start, let end, let zone?) = timing else { continue }
            let low = start.day.year, high = (end?.day ?? start.day).year
            let known = years[zone.identifier]?.1
            years[zone.identifier] = (zone, min(low, known?.lowerBound ?? low)...max(high, known?.upperBound ?? high))
        }
        return years.sorted { $0.key < $1.key }.map { ($0.key, $0.value.0, $0.value.1) }
    }
}
