import Foundation
import PeerpolisDomain
import SQLKit

/// Writes of events made through the organizers' forms. Callers run them in a transaction with the
/// audit-log row; each keeps the search index in step.
extension Event {
    /// A slug no event uses yet, from the title.
    public static func freeSlug(for title: String, on db: any SQLDatabase) async throws -> String {
        try await FreeSlug.make(for: title, in: "events", fallback: "event", on: db)
    }

    /// Saves every editable field and the themes of an existing event; its slug stays, so links keep working.
    public static func update(_ event: Event, on db: any SQLDatabase) async throws {
        try await db.update("events")
            .set("title", to: event.title).set("kind", to: event.kind.rawValue)
            .set("organizer_id", to: event.organizerID).set("network_id", to: event.networkID)
            .set("host_place_id", to: event.hostPlaceID).set("is_online", to: event.isOnline)
            .set("start_date", to: event.startDate.description).set("end_date", to: event.endDate.description)
            .set("start_time", to: event.startTime).set("end_time", to: event.endTime)
            .set("time_zone", to: event.timeZone).set("capacity", to: event.capacity)
            .set("registration_deadline", to: event.registrationDeadline?.description)
            .set("summary", to: event.summary).set("updated_at", to: timestampNow())
            .where("id", .equal, event.id)
            .run()
        try await db.delete(from: "event_themes").where("event_id", .equal, event.id).run()
        try await Links.insertThemes(event.themeSlugs, table: "event_themes", owner: "event_id", id: event.id, on: db)
        let country = try await SearchDocuments.country(of: [event.hostPlaceID], on: db)
        try await SearchIndex.index([SearchDocuments.of(event, country: country)], on: db)
    }

    /// Deletes an event and takes it out of the search index; its themes, registrations and article links go
    /// with it (the foreign keys cascade).
    public static func delete(id: Int, on db: any SQLDatabase) async throws {
        try await SearchIndex.remove(.event, entityID: id, on: db)
        try await db.delete(from: "events").where("id", .equal, id).run()
    }

    public static func fetchOne(id: Int, on db: any SQLDatabase) async throws -> Event? {
        try await fetchDictionary(ids: [id], on: db)[id]
    }
}
