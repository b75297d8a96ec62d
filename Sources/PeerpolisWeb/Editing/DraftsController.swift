import Foundation
import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// Drafts of every kind: the list, opening one in its entity's form, and discarding one.
struct DraftsController: FormController, Sendable {
    let events: EventEditorController
    let calls: CallEditorController
    let articles: ArticleEditorController
    var support: EditorSupport { events.support }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/drafts/:id") { request, context in
            let (draft, principal) = try await support.draft(context)
            switch draft.entity {
            case "article":
                let article = try await draft.entityID.asyncMap { try await Article.fetchOne(id: $0, on: events.database.sql) } ?? nil
                return try await articles.formPage(request, context, form: ArticleForm(fields: draft.fields), article: article,
                                                   draftID: draft.id, principal: principal)
            case "call":
                let call = try await draft.entityID.asyncMap { try await Call.fetchOne(id: $0, on: events.database.sql) } ?? nil
                return try await calls.formPage(request, context, form: CallForm(fields: draft.fields), call: call,
                                                draftID: draft.id, principal: principal)
            default:
                let event = try await draft.entityID.asyncMap { try await Event.fetchOne(id: $0, on: events.database.sql) } ?? nil
                return try await events.formPage(request, context, form: EventForm(fields: draft.fields), event: event,
                                                 draftID: draft.id, principal: principal)
            }
        }
        router.post("/drafts/:id/delete") { request, context in
            let (draft, _) = try await support.draft(context)
            _ = try await events.authorizer.form(request, context)
            try await Draft.delete(id: draft.id, on: events.database.sql)
            return redirect(SiteURL.accountDrafts.path)
        }
        router.get("/account/drafts") { request, context in
            guard let principal = try await events.authorizer.principal(context) else { throw WebError.signInRequired }
            let drafts = try await Draft.fetchAll(organizationIDs: principal.editedOrganizationIDs, userID: principal.user.id,
                                                  on: events.database.sql)
            let organizations = try await support.organizations(for: principal, orNone: true)
            return html(request, EditorViews.drafts(drafts, newFor: organizations, context: request.info.pageContext))
        }
    }

    /// Saves a form as a draft (a new one, or over the one it was opened from) and answers with its page.
    static func keep(entity: String, entityID: Int?, organizationID: Int, title: String, fields: [String: String],
                     over existing: Draft?, by principal: Principal, now: Date, on db: Database) async throws -> Response {
        let saved = try await Draft.save(
            Draft(id: existing?.id ?? 0, entity: entity, entityID: entityID, organizationID: organizationID,
                  userID: principal.user.id, title: title, fields: fields, updatedAt: now),
            on: db.sql)
        return Response(status: .seeOther, headers: [.location: SiteURL.draft(saved.id).path + "?saved=1", .cacheControl: "no-store"])
    }
}
