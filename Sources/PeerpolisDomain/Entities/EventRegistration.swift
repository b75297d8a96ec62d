import Foundation

/// Where a person stands for an event.
public enum RegistrationStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// Holds a seat.
    case registered
    /// In line for a seat; promoted, oldest first, when a registered person cancels.
    case waitlisted
    /// Gave up the seat or the place in line; registering again goes to the back of the line.
    case cancelled
}

/// One person's registration for one event.
public struct EventRegistration: Sendable, Hashable, Identifiable {
    public var id: Int
    public var eventID: Int
    public var userID: Int
    public var status: RegistrationStatus
    /// The place in the event's line: smaller registered (or joined the waitlist) earlier.
    public var position: Int
    /// When the current status began (the latest registration, promotion or cancellation).
    public var updatedAt: Date

    public init(id: Int, eventID: Int, userID: Int, status: RegistrationStatus, position: Int, updatedAt: Date) {
        self.id = id
        self.eventID = eventID
        self.userID = userID
        self.status = status
        self.position = position
        self.updatedAt = updatedAt
    }
}

/// Why an event takes no more registrations.
public enum RegistrationClosed: Error, Sendable, Hashable {
    /// The registration deadline (the last day one may register) is behind us.
    case deadlinePassed(Day)
    /// The event's first day has come.
    case eventStarted
}

extension Event {
    /// Nil while registration is open; otherwise why it is closed. One may register up to and including the
    /// deadline day, and never once the first day of the event has begun.
    public func registrationClosed(today: Day) -> RegistrationClosed? {
        if today >= startDate { return .eventStarted }
        if let deadline = registrationDeadline, today > deadline { return .deadlinePassed(deadline) }
        return nil
    }

    /// Seats still free when `taken` are held, or nil for an event without a capacity (unlimited seats).
    public func seatsLeft(taken: Int) -> Int? {
        capacity.map { max(0, $0 - taken) }
    }

    /// What a new registration becomes: a seat while one is free, otherwise a place on the waitlist.
    public func statusForNewRegistration(taken: Int) -> RegistrationStatus {
        (seatsLeft(taken: taken) ?? 1) > 0 ? .registered : .waitlisted
    }
}
