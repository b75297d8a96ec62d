import Foundation
import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// Organizations' editors publish, change and remove their events. A form can be kept as a draft, which
/// stays in the private `drafts` table until it is published, so nothing half-written reaches a public page.
/// Every publication, change and removal goes in the audit log, which the edit page shows as the history.
struct EventEditorController: FormController, Sendable {
    let database: Database
    let clock: Clock
    let authorizer: Authorizer
    let reference: ReferenceData
    var support: EditorSupport { EditorSupport(database: database, authorizer: authorizer) }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/events/new") { request, context in
            let principal = try await support.editor(context)
            let choices = try await support.organizations(for: principal)
            let chosen = request.info.query["organizer"].flatMap { slug in choices.first { $0.slug == slug } } ?? choices[0]
            return try await formPage(request, context, form: EventForm(organizerSlug: chosen.slug), event: nil, draftID: nil,
                                      principal: principal)
        }
        router.post("/events/new") { request, context in
            let (body, principal) = try await authorizer.form(request, context)
            return try await submit(request, context, body: body, principal: principal, existing: nil)
        }
        router.get("/events/:slug/edit") { request, context in
            let event = try await event(context)
            let principal = try await authorizer.require(.editEvent, on: .event(organizerID: event.organizerID), context)
            return try await formPage(request, context, form: try await form(of: event), event: event, draftID: nil,
                                      principal: principal)
        }
        router.post("/events/:slug/edit") { request, context in
            let event = try await event(context)
            let (body, principal) = try await authorizer.form(request, context, .editEvent, on: .event(organizerID: event.organizerID))
            return try await submit(request, context, body: body, principal: principal, existing: event)
        }
        router.post("/events/:slug/delete") { request, context in
            let event = try await event(context)
            let (_, principal) = try await authorizer.form(request, context, .deleteEvent, on: .event(organizerID: event.organizerID))
            try await support.remove(entityName: "event", id: event.id, title: event.title, by: principal, now: clock.now()) { db in
                try await Event.delete(id: event.id, on: db)
            }
            return redirect(SiteURL.events.path)
        }
    }

    /// A posted form: kept as a draft, or checked and published.
    func submit(_ request: Request, _ context: AppRequestContext, body: FormBody, principal: Principal,
                existing: Event?) async throws -> Response {
        let snapshot = try await reference.snapshot()
        var form = EventForm(form: body, themes: snapshot.themes)
        let organizer = try await Organization.fetchOne(slug: form["organizer"], on: database.sql)
        // The organizer chosen must be one the account edits: moving an event to another organization needs
        // the right on both.
        guard let organizer, Authorization.can(principal, .createEvent, .event(organizerID: organizer.id)) else {
            throw WebError.forbidden("Your account cannot publish events for that organization.")
        }
        let existingDraft = try await support.draft(id: body.text("draft"), principal: principal)
        let now = clock.now()
        if body.text("intent") == "draft" {
            return try await DraftsController.keep(entity: "event", entityID: existing?.id, organizationID: organizer.id,
                                                   title: form["title"].isEmpty ? "Untitled event" : form["title"],
                                                   fields: form.fields, over: existingDraft, by: principal, now: now, on: database)
        }
        let host = form["host"].isEmpty ? nil : try await Place.fetchOne(slug: form["host"].lowercased(), on: database.sql)
        guard let valid = form.validated(existing: existing, organizer: organizer, host: host,
                                         knownThemes: Set(snapshot.themes.map(\.slug))) else {
            return try await formPage(request, context, form: form, event: existing, draftID: existingDraft?.id,
                                      principal: principal)
        }
        let event = try await support.publish(
            valid, entityName: "event", existingID: existing?.id, changes: EventForm.changes(from: existing, to: valid),
            draft: existingDraft, by: principal, now: now)
        return redirect(SiteURL.event(event.slug).path)
    }

    func formPage(_ request: Request, _ context: AppRequestContext, form: EventForm, event: Event?, draftID: Int?,
                  principal: Principal) async throws -> Response {
        let snapshot = try await reference.snapshot()
        let lines = try await event.asyncMap { try await support.history(entity: "event", id: $0.id) } ?? []
        let page = EditorViews.eventForm(
            form: form, event: event, draftID: draftID, organizations: try await support.organizations(for: principal, orNone: true),
            themes: snapshot.themes, history: lines, saved: request.info.query["saved"] != nil,
            csrf: context.session?.csrfToken ?? "", context: request.info.pageContext)
        return html(request, page, status: form.errors.isEmpty ? .ok : .badRequest)
    }

    func form(of event: Event) async throws -> EventForm {
        let organizer = try await event.organizerID.asyncMap { try await Organization.fetchDictionary(ids: [$0], on: database.sql)[$0] } ?? nil
        let host = try await event.hostPlaceID.asyncMap { try await Place.fetchOne(id: $0, on: database.sql) } ?? nil
        return EventForm(event, organizerSlug: organizer?.slug ?? "", hostSlug: host?.slug)
    }

    func event(_ context: AppRequestContext) async throws -> Event {
        guard let event = try await Event.fetchOne(slug: try context.parameters.require("slug"), on: database.sql) else {
            throw WebError.notFound
        }
        return event
    }
}
