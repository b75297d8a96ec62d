import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// Organizations' editors publish, change and delete their events; `Editor` supplies the routes, drafts and
/// history every editor shares.
struct EventEditing: EditorDescription {
    let support: EditorSupport

    static let entityName = "event", collection = "events", untitled = "Untitled event"
    static let actions = EditorActions(create: .createEvent, edit: .editEvent, delete: .deleteEvent)
    static let ownerRefusal = "Your account cannot publish events for that organization."
    static let listURL = SiteURL.events
    static let api = EditorAPI(
        schema: "Event", whoMay: "the editors of the organizing organization, and administrators",
        example: #"{"title": "Study visit: school streets", "kind": "study-visit", "organizer": "urbact", "host": "malmo-se", "startDate": "2027-03-15", "timeZone": "Europe/Stockholm"}"#,
        fields: [
            APIField("title", .text, required: true, "3 to 200 characters."),
            APIField("kind", .choice(EventKind.allCases.map(\.rawValue)), required: true, "The kind of event."),
            APIField("organizer", .slug, required: true, "The slug of the organizing organization."),
            APIField("host", .slug, "The slug of the host place; needed unless the event is online."),
            APIField("online", .boolean, "Whether the event takes place online."),
            APIField("startDate", .day, required: true, "The first day."),
            APIField("endDate", .day, "The last day; the first when left out."),
            APIField("startTime", .time, "The local starting time, HH:MM; none for an all-day event."),
            APIField("endTime", .time, "The local ending time, HH:MM; only with a starting time."),
            APIField("timeZone", .text, required: true, "An IANA time zone, such as Europe/Brussels."),
            APIField("capacity", .integer(1...100_000), "Seats; none for no limit."),
            APIField("deadline", .day, "The last day to register, on or before the first day."),
            APIField("summary", .text, "At most 5,000 characters."),
            APIField("themes", .themes, "Theme slugs, as listed at /api/v1/themes."),
        ])

    func fetch(slug: String) async throws -> Event? { try await Event.fetchOne(slug: slug, on: support.database.sql) }
    func fetch(id: Int) async throws -> Event? { try await Event.fetchOne(id: id, on: support.database.sql) }
    func url(of event: Event) -> SiteURL { .event(event.slug) }
    func apiDetail(slug: String, pages: Pages) async throws -> any Encodable & Sendable { try await pages.apiEvent(slug: slug) }
    func resource(of event: Event) -> Resource { .event(organizerID: event.organizerID) }
    func resource(of organizer: Organization) -> Resource { .event(organizerID: organizer.id) }

    func newForm(query: [String: String], principal: Principal) async throws -> EventForm {
        EventForm(organizerSlug: try await support.chosenOrganization(query: query, principal: principal).slug)
    }

    func form(of event: Event) async throws -> EventForm {
        let db = support.database.sql
        let organizer = try await event.organizerID.asyncMap { try await Organization.fetchDictionary(ids: [$0], on: db)[$0] } ?? nil
        let host = try await event.hostPlaceID.asyncMap { try await Place.fetchOne(id: $0, on: db) } ?? nil
        return EventForm(event, organizerSlug: organizer?.slug ?? "", hostSlug: host?.slug)
    }

    func form(posted body: FormBody) async throws -> EventForm {
        EventForm(posted: body, themes: try await support.themes())
    }

    func validate(_ form: inout EventForm, existing: Event?, owner: Organization, _ t: Catalog) async throws -> Event? {
        let host = form["host"].isEmpty ? nil : try await Place.fetchOne(slug: form["host"].lowercased(), on: support.database.sql)
        return form.validated(existing: existing, organizer: owner, host: host, knownThemes: try await support.themeSlugs(), t)
    }

    func changes(from old: Event?, to new: Event) -> [String: AuditChange] { EventForm.changes(from: old, to: new) }

    func page(_ page: EditorPage<EventForm, Event>, principal: Principal) async throws -> String {
        EditorViews.eventForm(page, organizations: try await support.organizations(for: principal, orNone: true),
                              themes: try await support.themes())
    }
}
