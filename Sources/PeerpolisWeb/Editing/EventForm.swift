import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// An event as typed in its form: every field kept as text so a rejected or drafted form comes back as it
/// was, with a message per field that cannot be published.
struct EventForm: EditorForm {
    static let fieldNames = ["title", "kind", "organizer", "host", "online", "startDate", "endDate", "startTime",
                             "endTime", "timeZone", "capacity", "deadline", "summary", "themes"]

    var fields: [String: String] = [:]
    var errors: [String: String] = [:]

    /// Blank, for a new event of this organizer.
    init(organizerSlug: String) {
        fields = ["kind": EventKind.studyVisit.rawValue, "organizer": organizerSlug, "timeZone": "Europe/Brussels"]
    }

    init() {}

    /// The values of a published event.
    init(_ event: Event, organizerSlug: String, hostSlug: String?) {
        fields = ["title": event.title, "kind": event.kind.rawValue, "organizer": organizerSlug, "host": hostSlug ?? "",
                  "online": event.isOnline ? "1" : "", "startDate": event.startDate.description,
                  "endDate": event.endDate.description, "startTime": event.startTime ?? "", "endTime": event.endTime ?? "",
                  "timeZone": event.timeZone, "capacity": event.capacity.map(String.init) ?? "",
                  "deadline": event.registrationDeadline?.description ?? "", "summary": event.summary,
                  "themes": event.themeSlugs.joined(separator: ",")]
    }


    /// Checks every field and, when all hold, returns the event they describe (with `id` and `slug` from
    /// `existing`, or empty for a new one). `organizer` and `host` must already be resolved from their slugs.
    /// Messages are in the language of `t`.
    mutating func validated(existing: Event?, organizer: Organization?, host: Place?, knownThemes: Set<String>,
                            _ t: Catalog) -> Event? {
        errors = [:]
        let title = self["title"]
        if !(3...200).contains(title.count) { errors["title"] = t[.editorCheckTitle] }
        let kind = EventKind(rawValue: self["kind"])
        if kind == nil { errors["kind"] = t[.editorCheckEventKind] }
        if organizer == nil { errors["organizer"] = t[.editorCheckEventOrganizer] }
        let online = !self["online"].isEmpty
        if !self["host"].isEmpty && host == nil {
            errors["host"] = t.format(.editorCheckHostUnknown, self["host"])
        } else if host == nil && !online {
            errors["host"] = t[.editorCheckHostMissing]
        }
        let start = Day(self["startDate"]), end = Day(self["endDate"].isEmpty ? self["startDate"] : self["endDate"])
        if start == nil { errors["startDate"] = t[.editorCheckStartDate] }
        if end == nil { errors["endDate"] = t[.editorCheckEndDate] }
        if let start, let end, end < start { errors["endDate"] = t.format(.editorCheckLastBeforeFirst, start.description) }
        let startTime = Self.time(self["startTime"]), endTime = Self.time(self["endTime"])
        if !self["startTime"].isEmpty && startTime == nil { errors["startTime"] = t.format(.editorCheckTime, "09:30") }
        if !self["endTime"].isEmpty && endTime == nil { errors["endTime"] = t.format(.editorCheckTime, "17:00") }
        if startTime == nil && endTime != nil { errors["startTime"] = t[.editorCheckStartTimeMissing] }
        let zone = self["timeZone"]
        if TimeZone(identifier: zone) == nil || !(zone.contains("/") || zone == "UTC") {
            errors["timeZone"] = t[.editorCheckTimeZone]
        }
        var capacity: Int?
        if !self["capacity"].isEmpty {
            if let seats = Int(self["capacity"]), (1...100_000).contains(seats) {
                capacity = seats
            } else {
                errors["capacity"] = t[.editorCheckCapacity]
            }
        }
        let deadline = self["deadline"].isEmpty ? nil : Day(self["deadline"])
        if !self["deadline"].isEmpty && deadline == nil {
            errors["deadline"] = t[.editorCheckDeadline]
        } else if let deadline, let start, deadline > start {
            errors["deadline"] = t.format(.editorCheckDeadlineAfterStart, start.description)
        }
        let summary = self.summary(limit: 5_000, t)
        let themes = self.themes(known: knownThemes, t)

        guard errors.isEmpty, let kind, let organizer, let start, let end else { return nil }
        return Event(id: existing?.id ?? 0, slug: existing?.slug ?? "", title: title, kind: kind, organizerID: organizer.id,
                     networkID: existing?.networkID, hostPlaceID: host?.id, isOnline: online, startDate: start, endDate: end,
                     startTime: startTime, endTime: endTime, timeZone: zone, capacity: capacity,
                     registrationDeadline: deadline, summary: summary, themeSlugs: themes)
    }

    /// `HH:MM` from 00:00 to 23:59.
    static func time(_ text: String) -> String? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute) else {
            return nil
        }
        return text
    }

    /// Field-by-field differences between two versions, for the audit log and the history.
    static func changes(from old: Event?, to new: Event) -> [String: AuditChange] {
        auditChanges([
            ("title", old?.title, new.title),
            ("kind", old?.kind.rawValue, new.kind.rawValue),
            ("organizer_id", old?.organizerID.map(String.init), new.organizerID.map(String.init)),
            ("host_place_id", old?.hostPlaceID.map(String.init), new.hostPlaceID.map(String.init)),
            ("is_online", old.map { String($0.isOnline) }, String(new.isOnline)),
            ("start", old.map { "\($0.startDate) \($0.startTime ?? "")" }, "\(new.startDate) \(new.startTime ?? "")"),
            ("end", old.map { "\($0.endDate) \($0.endTime ?? "")" }, "\(new.endDate) \(new.endTime ?? "")"),
            ("time_zone", old?.timeZone, new.timeZone),
            ("capacity", old?.capacity.map(String.init), new.capacity.map(String.init)),
            ("registration_deadline", old?.registrationDeadline?.description, new.registrationDeadline?.description),
            ("summary", old?.summary, new.summary),
            ("themes", old.map { $0.themeSlugs.joined(separator: ",") }, new.themeSlugs.joined(separator: ",")),
        ])
    }
}
