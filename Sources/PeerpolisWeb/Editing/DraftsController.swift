import Foundation
import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// Drafts of every kind: the list, opening one in its entity's editor, and discarding one.
struct DraftsController: FormController, Sendable {
    let support: EditorSupport
    /// The editors drafts open in, one per kind of entity.
    let editors: [any EntityEditor]

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/drafts/:id") { request, context in
            let (draft, principal) = try await support.draft(context)
            guard let editor = editors.first(where: { $0.entityName == draft.entity }) else { throw WebError.notFound }
            return try await editor.open(draft, request, context, principal: principal)
        }
        router.post("/drafts/:id/delete") { request, context in
            let (draft, _) = try await support.draft(context)
            _ = try await support.authorizer.form(request, context)
            try await Draft.delete(id: draft.id, on: support.database.sql)
            return redirect(SiteURL.accountDrafts.path)
        }
        router.get("/account/drafts") { request, context in
            guard let principal = try await support.authorizer.principal(context) else { throw WebError.signInRequired }
            let drafts = try await Draft.fetchAll(organizationIDs: principal.editedOrganizationIDs,
                                                  placeIDs: principal.representedPlaceIDs, userID: principal.user.id,
                                                  on: support.database.sql)
            let organizations = try await support.organizations(for: principal, orNone: true)
            let places = try await support.places(for: principal)
            return html(request, EditorViews.drafts(drafts, newFor: organizations, places: places,
                                                    mayAddOrganizations: Authorization.can(principal, .createOrganization, .site),
                                                    context: request.info.pageContext))
        }
    }

    /// Saves a form as a draft (a new one, or over the one it was opened from) and answers with its page.
    static func keep(entity: String, entityID: Int?, organizationID: Int?, placeID: Int?, title: String,
                     fields: [String: String], over existing: Draft?, by principal: Principal, now: Date,
                     on db: Database) async throws -> Response {
        let saved = try await Draft.save(
            Draft(id: existing?.id ?? 0, entity: entity, entityID: entityID, organizationID: organizationID, placeID: placeID,
                  userID: principal.user.id, title: title, fields: fields, updatedAt: now),
            on: db.sql)
        return Response(status: .seeOther, headers: [.location: SiteURL.draft(saved.id).path + "?saved=1", .cacheControl: "no-store"])
    }
}

/// An editor of one kind of entity, whichever it is (see `Editor`): what the route table and the drafts need.
protocol EntityEditor: Sendable {
    /// The entity's name in the drafts table (`event`).
    var entityName: String { get }
    /// The first segment of its paths, on the site and in the API (`events`).
    var collection: String { get }
    /// How its entities are written through the API, for the OpenAPI document.
    var api: EditorAPI { get }
    func addRoutes(to router: Router<AppRequestContext>)
    /// A draft of this editor's entity, opened in its form.
    func open(_ draft: Draft, _ request: Request, _ context: AppRequestContext, principal: Principal) async throws -> Response
}
