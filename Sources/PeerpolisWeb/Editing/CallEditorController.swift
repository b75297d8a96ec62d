import Foundation
import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// Organizations' editors publish, change and remove their calls, eligibility rules included; drafts and
/// history as for events (see `EventEditorController`).
struct CallEditorController: FormController, Sendable {
    let database: Database
    let clock: Clock
    let authorizer: Authorizer
    let reference: ReferenceData
    var support: EditorSupport { EditorSupport(database: database, authorizer: authorizer) }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/calls/new") { request, context in
            let principal = try await support.editor(context)
            let choices = try await support.organizations(for: principal)
            let chosen = request.info.query["organizer"].flatMap { slug in choices.first { $0.slug == slug } } ?? choices[0]
            return try await formPage(request, context, form: CallForm(organizerSlug: chosen.slug), call: nil, draftID: nil,
                                      principal: principal)
        }
        router.post("/calls/new") { request, context in
            let (body, principal) = try await authorizer.form(request, context)
            return try await submit(request, context, body: body, principal: principal, existing: nil)
        }
        router.get("/calls/:slug/edit") { request, context in
            let call = try await call(context)
            let principal = try await authorizer.require(.editCall, on: .call(organizationID: call.organizationID), context)
            let organizer = try await Organization.fetchDictionary(ids: [call.organizationID], on: database.sql)[call.organizationID]
            return try await formPage(request, context, form: CallForm(call, organizerSlug: organizer?.slug ?? ""), call: call,
                                      draftID: nil, principal: principal)
        }
        router.post("/calls/:slug/edit") { request, context in
            let call = try await call(context)
            let (body, principal) = try await authorizer.form(request, context, .editCall, on: .call(organizationID: call.organizationID))
            return try await submit(request, context, body: body, principal: principal, existing: call)
        }
        router.post("/calls/:slug/delete") { request, context in
            let call = try await call(context)
            let (_, principal) = try await authorizer.form(request, context, .deleteCall, on: .call(organizationID: call.organizationID))
            try await support.remove(entityName: "call", id: call.id, title: call.title, by: principal, now: clock.now()) { db in
                try await Call.delete(id: call.id, on: db)
            }
            return redirect(SiteURL.calls.path)
        }
    }

    /// A posted form: kept as a draft, or checked and published.
    func submit(_ request: Request, _ context: AppRequestContext, body: FormBody, principal: Principal,
                existing: Call?) async throws -> Response {
        let snapshot = try await reference.snapshot()
        var form = CallForm(form: body, themes: snapshot.themes)
        let organizer = try await Organization.fetchOne(slug: form["organizer"], on: database.sql)
        guard let organizer, Authorization.can(principal, .createCall, .call(organizationID: organizer.id)) else {
            throw WebError.forbidden("Your account cannot publish calls for that organization.")
        }
        let existingDraft = try await support.draft(id: body.text("draft"), principal: principal)
        let now = clock.now()
        if body.text("intent") == "draft" {
            return try await DraftsController.keep(entity: "call", entityID: existing?.id, organizationID: organizer.id,
                                                   title: form["title"].isEmpty ? "Untitled call" : form["title"],
                                                   fields: form.fields, over: existingDraft, by: principal, now: now, on: database)
        }
        guard let valid = form.validated(existing: existing, organizer: organizer, knownThemes: Set(snapshot.themes.map(\.slug))) else {
            return try await formPage(request, context, form: form, call: existing, draftID: existingDraft?.id, principal: principal)
        }
        let call = try await support.publish(
            valid, entityName: "call", existingID: existing?.id, changes: CallForm.changes(from: existing, to: valid),
            draft: existingDraft, by: principal, now: now)
        return redirect(SiteURL.call(call.slug).path)
    }

    func formPage(_ request: Request, _ context: AppRequestContext, form: CallForm, call: Call?, draftID: Int?,
                  principal: Principal) async throws -> Response {
        let snapshot = try await reference.snapshot()
        let lines = try await call.asyncMap { try await support.history(entity: "call", id: $0.id) } ?? []
        let page = EditorViews.callForm(
            form: form, call: call, draftID: draftID, organizations: try await support.organizations(for: principal, orNone: true),
            themes: snapshot.themes, history: lines, saved: request.info.query["saved"] != nil,
            csrf: context.session?.csrfToken ?? "", context: request.info.pageContext)
        return html(request, page, status: form.errors.isEmpty ? .ok : .badRequest)
    }

    func call(_ context: AppRequestContext) async throws -> Call {
        guard let call = try await Call.fetchOne(slug: try context.parameters.require("slug"), on: database.sql) else {
            throw WebError.notFound
        }
        return call
    }
}
