import Foundation
import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// The editor every kind of entity shares, for the entity its description `D` describes. Its routes:
///
/// - `GET /<collection>/new`: a blank form, for an account that may publish such entities somewhere;
/// - `POST /<collection>/new`: `submit`, CSRF checked; the owner the form names decides who may;
/// - `GET /<collection>/:slug/edit`: the entity's form and its history, for those who may edit it;
/// - `POST /<collection>/:slug/edit`: `submit` over the entity;
/// - `POST /<collection>/:slug/delete`: the deletion, in one transaction with its audit row;
///
/// and, for programs holding an API token, their JSON twins `POST /api/v1/<collection>`,
/// `PATCH|DELETE /api/v1/<collection>/:slug` (`Editor+API.swift`), which check the same form the same way.
///
/// A form is kept as a draft (the private `drafts` table, so nothing half-written reaches a public page) or
/// checked and published. A rejected form comes back with a message per field and what was typed, with 400.
/// Every publication, change and deletion writes its audit-log row in the write's own transaction, and the
/// edit page shows that log as the history; the entity's storage (`EditableEntity`) keeps the search index
/// in step in the same transaction.
struct Editor<D: EditorDescription>: FormController, EntityEditor, Sendable {
    let description: D
    var support: EditorSupport { description.support }
    var entityName: String { D.entityName }
    var collection: String { D.collection }
    var api: EditorAPI { D.api }

    init(_ description: D) {
        self.description = description
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        let base = "/" + D.collection
        router.get("\(base)/new") { request, context in
            guard let principal = try await support.authorizer.principal(context) else { throw WebError.signInRequired }
            let form = try await description.newForm(query: request.info.query, principal: principal)
            return try await formPage(request, context, form: form, entity: nil, draftID: nil, principal: principal)
        }
        router.post("\(base)/new") { request, context in
            let (body, principal) = try await support.authorizer.form(request, context)
            return try await submit(request, context, body: body, principal: principal, existing: nil)
        }
        router.get("\(base)/:slug/edit") { request, context in
            let entity = try await entity(context)
            let principal = try await support.authorizer.require(D.actions.edit, on: description.resource(of: entity), context)
            return try await formPage(request, context, form: try await description.form(of: entity), entity: entity,
                                      draftID: nil, principal: principal)
        }
        router.post("\(base)/:slug/edit") { request, context in
            let entity = try await entity(context)
            let (body, principal) = try await support.authorizer.form(request, context, D.actions.edit,
                                                                      on: description.resource(of: entity))
            return try await submit(request, context, body: body, principal: principal, existing: entity)
        }
        addAPIRoutes(to: router)
        router.post("\(base)/:slug/delete") { request, context in
            let entity = try await entity(context)
            let (_, principal) = try await support.authorizer.form(request, context, D.actions.delete,
                                                                   on: description.resource(of: entity))
            if let refusal = try await delete(entity, by: principal) {
                return try await formPage(request, context, form: try await description.form(of: entity), entity: entity,
                                          draftID: nil, principal: principal, refusal: refusal.message)
            }
            return redirect(D.listURL.path)
        }
    }

    /// Deletes an entity in one transaction with its audit row; when the description refuses, the transaction
    /// is rolled back and the refusal returned.
    func delete(_ entity: D.Entity, by principal: Principal) async throws -> EditorRefusal? {
        let now = support.clock.now()
        do {
            try await support.remove(entityName: D.entityName, id: entity.id, title: entity.title, by: principal, now: now) { db in
                try await description.delete(entity, by: principal, now: now, on: db)
            }
            return nil
        } catch let refusal as EditorRefusal {
            return refusal
        }
    }

    /// A posted form: kept as a draft, or checked and published.
    func submit(_ request: Request, _ context: AppRequestContext, body: FormBody, principal: Principal,
                existing: D.Entity?) async throws -> Response {
        var form = try await description.form(posted: body)
        let owner = try await owner(of: form, existing: existing, principal: principal)
        let draft = try await support.draft(id: body.text("draft"), principal: principal)
        let now = support.clock.now()
        if body.text("intent") == "draft" {
            // A draft is shared with its owner's editors, so it needs one that exists.
            guard let owner else { throw WebError.forbidden(D.ownerRefusal) }
            let title = form[D.titleField]
            return try await DraftsController.keep(entity: D.entityName, entityID: existing?.id,
                                                   organizationID: description.draftOrganizationID(owner),
                                                   placeID: description.draftPlaceID(owner),
                                                   title: title.isEmpty ? D.untitled : title, fields: form.fields,
                                                   over: draft, by: principal, now: now, on: support.database)
        }
        guard let valid = try await validate(&form, existing: existing, owner: owner, request.info.catalog) else {
            return try await formPage(request, context, form: form, entity: existing, draftID: draft?.id, principal: principal)
        }
        let saved = try await support.publish(valid, entityName: D.entityName, existingID: existing?.id,
                                              changes: description.changes(from: existing, to: valid), draft: draft,
                                              by: principal, now: now)
        return redirect(description.url(of: saved).path)
    }

    /// The owner a form names, when the account may publish for it; nil when the form names none that exists.
    /// Moving an entity to another owner needs the right on both: the route checked the old one.
    func owner(of form: D.Form, existing: D.Entity?, principal: Principal) async throws -> D.Owner? {
        guard let owner = try await description.owner(of: form, existing: existing) else { return nil }
        let action = existing == nil ? D.actions.create : D.actions.edit
        guard Authorization.can(principal, action, description.resource(of: owner)) else { throw WebError.forbidden(D.ownerRefusal) }
        return owner
    }

    /// Checks a form for publishing, with messages in the language of `t`: the owner's field when it names
    /// none that exists, else every field. Returns the entity when all hold.
    func validate(_ form: inout D.Form, existing: D.Entity?, owner: D.Owner?, _ t: Catalog) async throws -> D.Entity? {
        guard let owner else {
            form.errors = [D.ownerField: description.unknownOwnerMessage(form, t)]
            return nil
        }
        return try await description.validate(&form, existing: existing, owner: owner, t)
    }

    /// The editor page: 400 when the form has errors, 409 when `refusal` explains a write that was refused.
    func formPage(_ request: Request, _ context: AppRequestContext, form: D.Form, entity: D.Entity?, draftID: Int?,
                  principal: Principal, refusal: String? = nil) async throws -> Response {
        let history = try await entity.asyncMap { try await support.history(entity: D.entityName, id: $0.id) } ?? []
        let page = EditorPage(form: form, entity: entity, draftID: draftID, history: history,
                              saved: request.info.query["saved"] != nil, refusal: refusal,
                              csrf: context.session?.csrfToken ?? "", context: request.info.pageContext)
        let status: HTTPResponse.Status = refusal != nil ? .conflict : form.errors.isEmpty ? .ok : .badRequest
        return html(request, try await description.page(page, principal: principal), status: status)
    }

    func open(_ draft: Draft, _ request: Request, _ context: AppRequestContext, principal: Principal) async throws -> Response {
        let entity = try await draft.entityID.asyncMap { try await description.fetch(id: $0) } ?? nil
        return try await formPage(request, context, form: D.Form(fields: draft.fields), entity: entity, draftID: draft.id,
                                  principal: principal)
    }

    func entity(_ context: AppRequestContext) async throws -> D.Entity {
        guard let entity = try await description.fetch(slug: try context.parameters.require("slug")) else {
            throw WebError.notFound
        }
        return entity
    }
}
