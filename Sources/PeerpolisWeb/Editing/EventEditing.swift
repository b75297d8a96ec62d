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

    func fetch(slug: String) async throws -> Event? { try await Event.fetchOne(slug: slug, on: support.database.sql) }
    func fetch(id: Int) async throws -> Event? { try await Event.fetchOne(id: id, on: support.database.sql) }
    func url(of event: Event) -> SiteURL { .event(event.slug) }
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
