import Foundation
import PeerpolisDomain
import SQLKit

/// Raised when a registration names an event that does not exist (any more).
public struct EventNotFoundError: Error, Equatable {}

/// What `EventRegistration.register` did.
public struct RegistrationOutcome: Sendable, Hashable {
    public var registration: EventRegistration
    /// False when the person already held a seat or a place in line: nothing was written.
    public var changed: Bool
}

/// What `EventRegistration.cancel` did.
public struct CancellationOutcome: Sendable, Hashable {
    /// The registration as cancelled, or nil when there was nothing to cancel.
    public var cancelled: EventRegistration?
    /// The waiting registration that took the freed seat, if any: its owner should be told.
    public var promoted: EventRegistration?
}

/// A registration with the name and address of its owner, for the organizer's attendee list.
public struct Attendee: Sendable, Hashable {
    public var registration: EventRegistration
    public var name: String
    public var email: String
}

extension EventRegistration {
    init(row: any SQLRow) throws {
        self.init(id: try row.int("id"), eventID: try row.int("event_id"), userID: try row.int("user_id"),
                  status: try row.enumValue("status", as: RegistrationStatus.self), position: try row.int("position"),
                  updatedAt: Timestamp.date(try row.string("updated_at")) ?? Date(timeIntervalSince1970: 0))
    }

    static let columns = ["id", "event_id", "user_id", "status", "position", "updated_at"]

    /// Registers a person: a seat while one is free, otherwise a place at the back of the waitlist.
    /// Registering again while registered or waiting changes nothing and returns the standing registration;
    /// after a cancellation it starts over at the back of the line.
    ///
    /// Run it inside `Database.transaction`: it locks the event first, so concurrent registrations count
    /// seats one after another (SQLite's `BEGIN IMMEDIATE` already lets one writer in at a time; PostgreSQL
    /// gets `SELECT … FOR UPDATE` on the event's row). Throws `RegistrationClosed` after the deadline or
    /// once the event has begun.
    public static func register(userID: Int, eventID: Int, today: Day, now: Date, via channel: WriteChannel,
                                on db: any SQLDatabase) async throws -> RegistrationOutcome {
        let event = try await lockEvent(id: eventID, on: db)
        let existing = try await fetchOne(eventID: eventID, userID: userID, on: db)
        if let existing, existing.status != .cancelled { return RegistrationOutcome(registration: existing, changed: false) }
        if let closed = event.registrationClosed(today: today) { throw closed }
        let status = event.statusForNewRegistration(taken: try await fetchCount(eventID: eventID, status: .registered, on: db))
        let position = try await nextPosition(eventID: eventID, on: db)
        let stamp = Timestamp.text(now)
        let id: Int
        if let existing {
            id = existing.id
            try await db.update("event_registrations")
                .set("status", to: status.rawValue).set("position", to: position).set("updated_at", to: stamp)
                .where("id", .equal, id).run()
        } else {
            let row = try await db.insert(into: "event_registrations")
                .columns("event_id", "user_id", "status", "position", "created_at", "updated_at")
                .values(SQLBind(eventID), SQLBind(userID), SQLBind(status.rawValue), SQLBind(position), SQLBind(stamp),
                        SQLBind(stamp))
                .returning(SQLColumn("id")).first()
            id = try row?.int("id") ?? 0
        }
        try await AuditLog.record(userID: userID, via: channel, action: "register", entity: "event_registration", entityID: id,
                                  changes: ["status": AuditChange(from: existing?.status.rawValue, to: status.rawValue)],
                                  now: now, on: db)
        let saved = EventRegistration(id: id, eventID: eventID, userID: userID, status: status, position: position,
                                      updatedAt: Timestamp.date(stamp) ?? now)
        return RegistrationOutcome(registration: saved, changed: true)
    }

    /// Cancels a person's registration. When it held a seat, the oldest waiting registration takes it, in
    /// the same transaction, unless the event has already begun. Run it inside `Database.transaction`, like
    /// `register`.
    public static func cancel(userID: Int, eventID: Int, today: Day, now: Date, via channel: WriteChannel,
                              on db: any SQLDatabase) async throws -> CancellationOutcome {
        let event = try await lockEvent(id: eventID, on: db)
        guard var registration = try await fetchOne(eventID: eventID, userID: userID, on: db),
              registration.status != .cancelled else { return CancellationOutcome(cancelled: nil, promoted: nil) }
        let heldSeat = registration.status == .registered
        try await setStatus(of: &registration, to: .cancelled, action: "cancel", by: userID, via: channel, now: now, on: db)
        guard heldSeat, today < event.startDate,
              (event.seatsLeft(taken: try await fetchCount(eventID: eventID, status: .registered, on: db)) ?? 0) > 0,
              var next = try await db.select().columns(columns).from("event_registrations")
                  .where("event_id", .equal, eventID).where("status", .equal, RegistrationStatus.waitlisted.rawValue)
                  .orderBy("position").orderBy("id").limit(1).first().map(EventRegistration.init(row:))
        else { return CancellationOutcome(cancelled: registration, promoted: nil) }
        try await setStatus(of: &next, to: .registered, action: "promote", by: userID, via: channel, now: now, on: db)
        return CancellationOutcome(cancelled: registration, promoted: next)
    }

    public static func fetchOne(eventID: Int, userID: Int, on db: any SQLDatabase) async throws -> EventRegistration? {
        try await db.select().columns(columns).from("event_registrations")
            .where("event_id", .equal, eventID).where("user_id", .equal, userID)
            .first().map(EventRegistration.init(row:))
    }

    /// How many registrations of an event have this status.
    public static func fetchCount(eventID: Int, status: RegistrationStatus, on db: any SQLDatabase) async throws -> Int {
        try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("event_registrations")
            .where("event_id", .equal, eventID).where("status", .equal, status.rawValue)
            .first()?.int("n") ?? 0
    }

    /// Everyone registered or waiting, seat holders first, each group in the order they came.
    public static func fetchAttendees(eventID: Int, on db: any SQLDatabase) async throws -> [Attendee] {
        try await db.select()
            .columns(columns.map { SQLColumn($0, table: "event_registrations") as any SQLExpression })
            .column(SQLColumn("display_name", table: "users")).column(SQLColumn("email", table: "users"))
            .from("event_registrations")
            .join("users", on: SQLColumn("user_id", table: "event_registrations"), .equal, SQLColumn("id", table: "users"))
            .where(SQLColumn("event_id", table: "event_registrations"), .equal, SQLBind(eventID))
            .where(SQLColumn("status", table: "event_registrations"), .in,
                   SQLBind.group([RegistrationStatus.registered.rawValue, RegistrationStatus.waitlisted.rawValue]))
            .orderBy(SQLColumn("status", table: "event_registrations"))
            .orderBy(SQLColumn("position", table: "event_registrations"))
            .all()
            .map { Attendee(registration: try EventRegistration(row: $0), name: try $0.string("display_name"),
                            email: try $0.string("email")) }
    }

    // MARK: - Helpers

    /// Reads the event and, on PostgreSQL, holds its row until the transaction ends, so no other registration
    /// for it counts seats meanwhile. SQLite writes the `FOR UPDATE` as nothing: its write lock does the same.
    private static func lockEvent(id: Int, on db: any SQLDatabase) async throws -> Event {
        guard let row = try await db.select().column("*").from("events").where("id", .equal, id).for(.update).first()
        else { throw EventNotFoundError() }
        return try Event(row: row)
    }

    /// The number after the last one the event gave out: the back of its line.
    private static func nextPosition(eventID: Int, on db: any SQLDatabase) async throws -> Int {
        let row = try await db.select().column(SQLFunction("MAX", args: SQLIdentifier("position")), as: "last")
            .from("event_registrations").where("event_id", .equal, eventID).first()
        return (try row?.decode(column: "last", as: Int?.self) ?? 0) + 1
    }

    private static func setStatus(of registration: inout EventRegistration, to status: RegistrationStatus, action: String,
                                  by userID: Int, via channel: WriteChannel, now: Date, on db: any SQLDatabase) async throws {
        try await db.update("event_registrations")
            .set("status", to: status.rawValue).set("updated_at", to: Timestamp.text(now))
            .where("id", .equal, registration.id).run()
        try await AuditLog.record(userID: userID, via: channel, action: action, entity: "event_registration", entityID: registration.id,
                                  changes: ["status": AuditChange(from: registration.status.rawValue, to: status.rawValue)],
                                  now: now, on: db)
        registration.status = status
        registration.updatedAt = Timestamp.date(Timestamp.text(now)) ?? now
    }
}

extension Event {
    /// The events where a person holds a seat, soonest first: their personal calendar.
    public static func fetchRegistered(userID: Int, on db: any SQLDatabase) async throws -> [Event] {
        let rows = try await db.select().column(SQLColumn(SQLLiteral.all, table: SQLIdentifier("events"))).from("events")
            .join("event_registrations", on: SQLColumn("event_id", table: "event_registrations"), .equal,
                  SQLColumn("id", table: "events"))
            .where(SQLColumn("user_id", table: "event_registrations"), .equal, SQLBind(userID))
            .where(SQLColumn("status", table: "event_registrations"), .equal, SQLBind(RegistrationStatus.registered.rawValue))
            .orderBy(SQLColumn("start_date", table: "events")).orderBy(SQLColumn("id", table: "events"))
            .all()
        return try await hydrate(try rows.map(Event.init(row:)), on: db)
    }

    /// The events where a person waits for a seat, soonest first, each with their place in its line: 1 is
    /// the next to be promoted. The place counts only those still waiting ahead, not those who left.
    public static func fetchWaitlisted(userID: Int, on db: any SQLDatabase) async throws -> [WaitlistPlace] {
        let waiting = RegistrationStatus.waitlisted.rawValue
        let rows = try await db.select().column(SQLColumn(SQLLiteral.all, table: SQLIdentifier("events")))
            .column(SQLQueryString("""
                (SELECT COUNT(*) FROM event_registrations AS ahead WHERE ahead.event_id = event_registrations.event_id \
                AND ahead.status = \(bind: waiting) AND ahead.position <= event_registrations.position)
                """), as: "place_in_line")
            .from("events")
            .join("event_registrations", on: SQLColumn("event_id", table: "event_registrations"), .equal,
                  SQLColumn("id", table: "events"))
            .where(SQLColumn("user_id", table: "event_registrations"), .equal, SQLBind(userID))
            .where(SQLColumn("status", table: "event_registrations"), .equal, SQLBind(waiting))
            .orderBy(SQLColumn("start_date", table: "events")).orderBy(SQLColumn("id", table: "events"))
            .all()
        let events = try await hydrate(try rows.map(Event.init(row:)), on: db)
        return try zip(events, rows).map { WaitlistPlace(event: $0, placeInLine: try $1.int("place_in_line")) }
    }
}

/// An event one waits for a seat at, and how many (oneself included) wait ahead of the seat.
public struct WaitlistPlace: Sendable, Hashable {
    public var event: Event
    /// 1 for the next person to get a freed seat.
    public var placeInLine: Int
}
