import Foundation
import PeerpolisDomain

/// When an event happens, read once from its days, optional `HH:MM` times and zone, for the calendar and
/// the linked-data writers alike so the two cannot disagree.
enum EventTiming: Equatable {
    /// A wall-clock moment: a day and minutes after midnight.
    struct Moment: Equatable, Comparable {
        var day: Day
        var minutes: Int

        static func < (a: Moment, b: Moment) -> Bool { (a.day, a.minutes) < (b.day, b.minutes) }
    }

    /// Whole days, first and last inclusive.
    case allDay(first: Day, last: Day)
    /// Times in `zone`; nil zone when the event's identifier is unknown to Foundation. `end` is nil when the
    /// source gives no usable end.
    case timed(start: Moment, end: Moment?, zone: TimeZone?)

    /// Reads an event. A start time that is not `HH:MM` makes the event all-day (the days are still right);
    /// an end day before the start day is taken as the start day.
    init(_ event: Event) {
        self.init(event, zone: TimeZone(identifier: event.timeZone))
    }

    /// Reads an event whose zone the caller has already looked up (opening a zone is the costly part of a
    /// calendar of many events in few zones).
    init(_ event: Event, zone: TimeZone?) {
        let last = max(event.startDate, event.endDate)
        guard let startMinutes = Timestamps.minutes(event.startTime) else {
            self = .allDay(first: event.startDate, last: last)
            return
        }
        let start = Moment(day: event.startDate, minutes: startMinutes)
        var end: Moment?
        if let endMinutes = Timestamps.minutes(event.endTime) {
            end = Moment(day: last, minutes: endMinutes)
        } else if last > event.startDate {
            // No end time on a multi-day event: it runs to the end of its last day.
            end = Moment(day: Timestamps.next(last), minutes: 0)
        }
        // An end not after the start (a typo in the source) would make DTEND invalid; leave it out instead.
        if let candidate = end, candidate <= start { end = nil }
        self = .timed(start: start, end: end, zone: zone)
    }

    /// RFC 3339 text for schema.org: `2019-05-21` for a day, `2019-04-01T09:30:00+02:00` for a time in a
    /// known zone, and the time without offset when the zone is unknown.
    static func iso8601(_ moment: Moment, zone: TimeZone?) -> String {
        guard let zone else {
            return "\(moment.day)T\(Timestamps.pad(moment.minutes / 60)):\(Timestamps.pad(moment.minutes % 60)):00"
        }
        let instant = Timestamps.instant(day: moment.day, minutes: moment.minutes, zone: zone)
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
        // Recompute the wall clock from the instant, so a time skipped by a spring-forward gap is written
        // as the real time it falls on, with the offset that goes with it.
        let (day, hour, minute, _) = Timestamps.split(instant + offset)
        return "\(day)T\(Timestamps.pad(hour)):\(Timestamps.pad(minute)):00\(Timestamps.offset(offset, colon: true))"
    }
}
