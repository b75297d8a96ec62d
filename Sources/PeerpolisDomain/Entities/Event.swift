public enum EventKind: String, CaseIterable, Sendable, Codable {
    case studyVisit = "study-visit"
    case workingGroupMeeting = "working-group-meeting"
    case workshop, academy, forum, conference, webinar
}

/// A study visit, meeting, academy, forum or webinar.
///
/// Dates are local to `timeZone` (the host place's zone, or the organiser's for online events). Times are
/// optional: most sources give days only, and an event without times is an all-day event.
public struct Event: Sendable, Hashable, Codable {
    public var id: Int
    public var slug: String
    public var title: String
    public var kind: EventKind
    public var organizerID: Int?
    public var networkID: Int?
    public var hostPlaceID: Int?
    public var isOnline: Bool
    public var startDate: Day
    public var endDate: Day
    /// Local time `HH:MM`.
    public var startTime: String?
    public var endTime: String?
    /// IANA time zone, e.g. `Europe/Brussels`.
    public var timeZone: String
    public var capacity: Int?
    public var registrationDeadline: Day?
    public var summary: String
    public var themeSlugs: [String]

    public init(id: Int = 0, slug: String, title: String, kind: EventKind, organizerID: Int? = nil,
                networkID: Int? = nil, hostPlaceID: Int? = nil, isOnline: Bool = false, startDate: Day,
                endDate: Day, startTime: String? = nil, endTime: String? = nil, timeZone: String,
                capacity: Int? = nil, registrationDeadline: Day? = nil, summary: String = "",
                themeSlugs: [String] = []) {
        self.id = id
        self.slug = slug
        self.title = title
        self.kind = kind
        self.organizerID = organizerID
        self.networkID = networkID
        self.hostPlaceID = hostPlaceID
        self.isOnline = isOnline
        self.startDate = startDate
        self.endDate = endDate
        self.startTime = startTime
        self.endTime = endTime
        self.timeZone = timeZone
        self.capacity = capacity
        self.registrationDeadline = registrationDeadline
        self.summary = summary
        self.themeSlugs = themeSlugs
    }

    public var isAllDay: Bool { startTime == nil }

    /// An event is upcoming until its last day has passed.
    public func isUpcoming(today: Day) -> Bool { endDate >= today }
}
