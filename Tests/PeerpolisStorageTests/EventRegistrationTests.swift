import Foundation
import PeerpolisDomain
import PeerpolisStorage
import PeerpolisTestSupport
import SQLKit
import Testing

/// Registration with capacity, waitlist and deadline, on the engine under test (SQLite, or PostgreSQL in CI).
@Suite struct EventRegistrationTests {
    let noon = Date(timeIntervalSince1970: 1_746_100_800)
    let today = day("2025-05-01")

    @Test func fiftySimultaneousRegistrationsFillTenSeatsAndCancellingPromotesTheOldestWaiting() async throws {
        try await withTestDatabase { db in
            let event = try await insertEvent(slug: "study-visit", capacity: 10, on: db)
            let users = try await insertUsers(50, on: db)

            let outcomes = try await withThrowingTaskGroup(of: RegistrationOutcome.self) { group in
                for user in users {
                    group.addTask { try await register(user, event, today: today, now: noon, on: db) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let registered = outcomes.filter { $0.registration.status == .registered }
            let waiting = outcomes.filter { $0.registration.status == .waitlisted }.sorted { $0.registration.position < $1.registration.position }
            #expect(registered.count == 10)
            #expect(waiting.count == 40)
            #expect(Set(outcomes.map(\.registration.position)) == Set(1...50))
            #expect(registered.map(\.registration.position).max()! < waiting[0].registration.position)
            #expect(try await count(event, .registered, db) == 10)
            #expect(try await count(event, .waitlisted, db) == 40)

            let seatHolder = registered[0].registration.userID
            let cancelledSeat = try await db.transaction { try await EventRegistration.cancel(userID: seatHolder, eventID: event.id, today: today, now: noon, via: .form, on: $0) }
            #expect(cancelledSeat.cancelled?.status == .cancelled)
            #expect(cancelledSeat.promoted?.userID == waiting[0].registration.userID)
            #expect(cancelledSeat.promoted?.status == .registered)
            #expect(try await count(event, .registered, db) == 10)
            #expect(try await count(event, .waitlisted, db) == 39)

            let waiter = waiting[5].registration.userID
            let cancelledPlace = try await db.transaction { try await EventRegistration.cancel(userID: waiter, eventID: event.id, today: today, now: noon, via: .form, on: $0) }
            #expect(cancelledPlace.cancelled?.status == .cancelled)
            #expect(cancelledPlace.promoted == nil)
            #expect(try await count(event, .registered, db) == 10)
            #expect(try await count(event, .waitlisted, db) == 38)
        }
    }

    @Test func registrationClosesAfterTheDeadlineDayAndWhenTheEventBegins() async throws {
        try await withTestDatabase { db in
            let event = try await insertEvent(slug: "forum", capacity: 5, deadline: "2025-06-01", on: db)
            let users = try await insertUsers(3, on: db)

            let onDeadline = try await register(users[0], event, today: day("2025-06-01"), now: noon, on: db)
            let afterDeadline = await #expect(throws: RegistrationClosed.self) {
                _ = try await register(users[1], event, today: day("2025-06-02"), now: noon, on: db)
            }
            let started = await #expect(throws: RegistrationClosed.self) {
                _ = try await register(users[2], event, today: day("2025-06-10"), now: noon, on: db)
            }

            #expect(onDeadline.registration.status == .registered)
            #expect(afterDeadline == .deadlinePassed(day("2025-06-01")))
            #expect(started == .eventStarted)
            #expect(try await count(event, .registered, db) == 1)
            #expect(try await EventRegistration.fetchOne(eventID: event.id, userID: users[1], on: db.sql) == nil)
        }
    }

    @Test func registeringTwiceChangesNothingAndRegisteringAgainAfterCancellingGoesToTheBack() async throws {
        try await withTestDatabase { db in
            let event = try await insertEvent(slug: "academy", capacity: 1, on: db)
            let users = try await insertUsers(3, on: db)

            let first = try await register(users[0], event, today: today, now: noon, on: db)
            let again = try await register(users[0], event, today: today, now: noon, on: db)
            let second = try await register(users[1], event, today: today, now: noon, on: db)
            let cancelled = try await db.transaction { try await EventRegistration.cancel(userID: users[0], eventID: event.id, today: today, now: noon, via: .form, on: $0) }
            let third = try await register(users[2], event, today: today, now: noon, on: db)
            let back = try await register(users[0], event, today: today, now: noon, on: db)
            let log = try await AuditLog.fetchAll(entity: "event_registration", entityID: first.registration.id, on: db.sql)

            #expect(first.changed && first.registration.status == .registered)
            #expect(!again.changed && again.registration == first.registration)
            #expect(second.registration.status == .waitlisted)
            #expect(cancelled.promoted?.userID == users[1])
            #expect(third.registration.status == .waitlisted)
            #expect(back.changed && back.registration.id == first.registration.id)
            #expect(back.registration.status == .waitlisted)
            #expect(back.registration.position > third.registration.position)
            #expect(log.map(\.action) == ["register", "cancel", "register"])
            #expect(log.map(\.userID) == [users[0], users[0], users[0]])
        }
    }

    @Test func anEventWithoutCapacityHasASeatForEveryone() async throws {
        try await withTestDatabase { db in
            let event = try await insertEvent(slug: "webinar", capacity: nil, on: db)
            let users = try await insertUsers(12, on: db)

            for user in users { _ = try await register(user, event, today: today, now: noon, on: db) }

            #expect(try await count(event, .registered, db) == 12)
            #expect(try await count(event, .waitlisted, db) == 0)
        }
    }

    @Test func registrationsAreListedForTheOrganizerButStayOutOfThePublicCounter() async throws {
        try await withTestDatabase { db in
            let event = try await insertEvent(slug: "workshop", capacity: 1, on: db)
            let other = try await insertEvent(slug: "other", capacity: 3, on: db)
            let users = try await insertUsers(2, on: db)
            let before = try await ChangeCounter.current(on: db.sql)

            _ = try await register(users[0], event, today: today, now: noon, on: db)
            _ = try await register(users[1], event, today: today, now: noon, on: db)
            _ = try await register(users[1], other, today: today, now: noon, on: db)
            let after = try await ChangeCounter.current(on: db.sql)
            let attendees = try await EventRegistration.fetchAttendees(eventID: event.id, on: db.sql)
            let seats = try await Event.fetchRegistered(userID: users[1], on: db.sql)

            #expect(after == before)
            #expect(attendees.map(\.email) == ["person0@city.eu", "person1@city.eu"])
            #expect(attendees.map(\.registration.status) == [.registered, .waitlisted])
            #expect(seats.map(\.slug) == ["other"])
        }
    }

    @Test func aWaitingPersonSeesTheirPlaceInEachLineCountingOnlyThoseStillAhead() async throws {
        try await withTestDatabase { db in
            let full = try await insertEvent(slug: "full", capacity: 1, on: db)
            let later = try await insertEvent(slug: "later", capacity: 1, on: db)
            let users = try await insertUsers(4, on: db)
            for user in users { _ = try await register(user, full, today: today, now: noon, on: db) }
            _ = try await register(users[0], later, today: today, now: noon, on: db)
            _ = try await register(users[3], later, today: today, now: noon, on: db)
            // The first in line gives up: those behind move up.
            _ = try await db.transaction { try await EventRegistration.cancel(userID: users[1], eventID: full.id, today: today, now: noon, via: .form, on: $0) }

            let last = try await Event.fetchWaitlisted(userID: users[3], on: db.sql)
            let seated = try await Event.fetchWaitlisted(userID: users[0], on: db.sql)
            let gone = try await Event.fetchWaitlisted(userID: users[1], on: db.sql)

            #expect(last.map(\.event.slug) == ["full", "later"])
            #expect(last.map(\.placeInLine) == [2, 1])
            #expect(seated.isEmpty)
            #expect(gone.isEmpty)
        }
    }

    // MARK: - Fixtures

    func insertEvent(slug: String, capacity: Int?, deadline: String? = nil, on db: Database) async throws -> Event {
        var event = makeEvent(slug: slug, start: "2025-06-10", end: "2025-06-11")
        event.capacity = capacity
        event.registrationDeadline = deadline.map(day)
        return try await Event.insert(event, on: db.sql)
    }

    func insertUsers(_ count: Int, on db: Database) async throws -> [Int] {
        var ids: [Int] = []
        for index in 0..<count {
            ids.append(try await User.insert(email: "person\(index)@city.eu", displayName: "Person \(index)",
                                             passwordHash: "h", now: noon, on: db.sql).id)
        }
        return ids
    }
}

private func register(_ userID: Int, _ event: Event, today: Day, now: Date, on db: Database) async throws -> RegistrationOutcome {
    try await db.transaction { try await EventRegistration.register(userID: userID, eventID: event.id, today: today, now: now, via: .form, on: $0) }
}

private func count(_ event: Event, _ status: RegistrationStatus, _ db: Database) async throws -> Int {
    try await EventRegistration.fetchCount(eventID: event.id, status: status, on: db.sql)
}
