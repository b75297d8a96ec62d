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

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/events/new") { request, context in
            let principal = try await editor(context)
            let choices = try await organizations(for: principal)
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
            let now = clock.now()
            try await database.transaction { db in
                try await Event.delete(id: event.id, on: db)
                try await AuditLog.record(userID: principal.user.id, action: "delete", entity: "event", entityID: event.id,
                                          changes: ["title": AuditChange(from: event.title, to: nil)], now: now, on: db)
            }
            return redirect(SiteURL.events.path)
        }
        router.get("/drafts/:id") { request, context in
            let (draft, principal) = try await draft(context)
            let event = try await draft.entityID.asyncMap { try await Event.fetchOne(id: $0, on: database.sql) } ?? nil
            return try await formPage(request, context, form: EventForm(fields: draft.fields), event: event, draftID: draft.id,
                                      principal: principal)
        }
        router.post("/drafts/:id/delete") { request, context in
            let (draft, _) = try await draft(context)
            _ = try await authorizer.form(request, context)
            try await Draft.delete(id: draft.id, on: database.sql)
            return redirect(SiteURL.accountDrafts.path)
        }
        router.get("/account/drafts") { request, context in
            guard let principal = try await authorizer.principal(context) else { throw WebError.signInRequired }
            let drafts = try await Draft.fetchAll(organizationIDs: principal.editedOrganizationIDs, userID: principal.user.id,
                                                  on: database.sql)
            let organizations = try await organizations(for: principal, orNone: true)
            return html(request, EditorViews.drafts(drafts, newEventFor: organizations, context: request.info.pageContext))
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
        let draftID = Int(body.text("draft"))
        let existingDraft = try await draftID.asyncMap { try await Draft.fetchOne(id: $0, on: database.sql) } ?? nil
        let now = clock.now()
        if body.text("intent") == "draft" {
            let saved = try await Draft.save(
                Draft(id: existingDraft?.id ?? 0, entity: "event", entityID: existing?.id, organizationID: organizer.id,
                      userID: principal.user.id, title: form["title"].isEmpty ? "Untitled event" : form["title"],
                      fields: form.fields, updatedAt: now),
                on: database.sql)
            return redirect(SiteURL.draft(saved.id).path + "?saved=1")
        }
        let host = form["host"].isEmpty ? nil : try await Place.fetchOne(slug: form["host"].lowercased(), on: database.sql)
        guard var event = form.validated(existing: existing, organizer: organizer, host: host,
                                         knownThemes: Set(snapshot.themes.map(\.slug))) else {
            return try await formPage(request, context, form: form, event: existing, draftID: existingDraft?.id,
                                      principal: principal)
        }
        let published = event
        event = try await database.transaction { db in
            var saved = published
            if let existing {
                try await Event.update(saved, on: db)
                try await AuditLog.record(userID: principal.user.id, action: "edit", entity: "event", entityID: existing.id,
                                          changes: EventForm.changes(from: existing, to: saved), now: now, on: db)
            } else {
                saved.slug = try await Event.freeSlug(for: saved.title, on: db)
                saved = try await Event.insert(saved, on: db)
                try await AuditLog.record(userID: principal.user.id, action: "create", entity: "event", entityID: saved.id,
                                          changes: EventForm.changes(from: nil, to: saved), now: now, on: db)
            }
            if let id = existingDraft?.id { try await Draft.delete(id: id, on: db) }
            return saved
        }
        return redirect(SiteURL.event(event.slug).path)
    }

    func formPage(_ request: Request, _ context: AppRequestContext, form: EventForm, event: Event?, draftID: Int?,
                  principal: Principal) async throws -> Response {
        let snapshot = try await reference.snapshot()
        let lines = try await event.asyncMap { try await history(of: $0) } ?? []
        let page = EditorViews.eventForm(
            form: form, event: event, draftID: draftID, organizations: try await organizations(for: principal, orNone: true),
            themes: snapshot.themes, history: lines, saved: request.info.query["saved"] != nil,
            csrf: context.session?.csrfToken ?? "", context: request.info.pageContext)
        return html(request, page, status: form.errors.isEmpty ? .ok : .badRequest)
    }

    /// The audit log of an event with the names of those who wrote it, newest first.
    func history(of event: Event) async throws -> [EditorViews.HistoryLine] {
        var names: [Int: String] = [:]
        var lines: [EditorViews.HistoryLine] = []
        for entry in try await AuditLog.fetchAll(entity: "event", entityID: event.id, on: database.sql).reversed() {
            var who = "—"
            if let id = entry.userID {
                if names[id] == nil { names[id] = try await User.fetchOne(id: id, on: database.sql)?.displayName ?? "—" }
                who = names[id] ?? "—"
            }
            let fields = (try? JSONDecoder().decode([String: AuditChange].self, from: Data(entry.changes.utf8)))?.keys.sorted() ?? []
            lines.append(EditorViews.HistoryLine(when: entry.createdAt, who: who, action: entry.action, fields: fields))
        }
        return lines
    }

    /// The organizations an account may publish events for: all for an administrator.
    func organizations(for principal: Principal, orNone: Bool = false) async throws -> [Organization] {
        let all = try await Organization.fetchAll(on: database.sql)
        let mine = principal.isAdministrator ? all : all.filter { principal.editedOrganizationIDs.contains($0.id) }
        guard !mine.isEmpty || orNone else {
            throw WebError.forbidden("Your account edits no organization, so it cannot publish events. An administrator can grant that role.")
        }
        return mine
    }

    func editor(_ context: AppRequestContext) async throws -> Principal {
        guard let principal = try await authorizer.principal(context) else { throw WebError.signInRequired }
        _ = try await organizations(for: principal)
        return principal
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

    /// A draft and the account looking at it: its author, an editor of its organization or an administrator.
    func draft(_ context: AppRequestContext) async throws -> (Draft, Principal) {
        guard let principal = try await authorizer.principal(context) else { throw WebError.signInRequired }
        guard let id = Int(try context.parameters.require("id")), let draft = try await Draft.fetchOne(id: id, on: database.sql) else {
            throw WebError.notFound
        }
        let mayEdit = draft.userID == principal.user.id
            || Authorization.can(principal, .createEvent, .event(organizerID: draft.organizationID))
        guard mayEdit else { throw WebError.forbidden("This draft belongs to another organization.") }
        return (draft, principal)
    }


}
