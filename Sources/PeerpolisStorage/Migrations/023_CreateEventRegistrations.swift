import SQLKit

/// Who registered for which event: holding a seat, waiting for one, or cancelled. Personal data: the table
/// stays out of the open-data dump (`DumpCatalog.privateTables`) and carries no change-counter trigger, as
/// the account tables do, so registering never looks like a change to public pages.
struct CreateEventRegistrations: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "event_registrations")
            .idColumn()
            .column("event_id", type: .bigint, .notNull, .references("events", "id", onDelete: .cascade))
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            .column("status", type: .text, .notNull)
            // The place in the event's line: each (re)registration takes the next number, so the oldest
            // waiting registration is the one with the smallest position, whatever the clock says.
            .column("position", type: .bigint, .notNull)
            .timestamps()
            .unique("event_id", "user_id")
            .run()
        try await db.create(index: "event_registrations_event_status")
            .on("event_registrations").column("event_id").column("status").column("position").run()
        try await db.create(index: "event_registrations_user_id").on("event_registrations").column("user_id").run()
    }
}
