import Foundation
import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// Every editor's JSON twin, for programs holding an API token:
///
/// - `POST /api/v1/<collection>`: publishes a new entity (201, `Location`, the entity as the read API shows it);
/// - `PATCH /api/v1/<collection>/:slug`: changes the fields the body holds, as the partner-search posts' PATCH
///   does; `null` empties a field (200, the entity);
/// - `DELETE /api/v1/<collection>/:slug`: deletes it (204), or 409 when the editor refuses (`EditorRefusal`).
///
/// A body's members are the form's fields (`D.api`), typed: each becomes the text the form holds, and the form
/// checks it as it checks a page's, so the API and the pages cannot disagree. The same `Authorization.can`
/// decisions apply, and the same transaction writes the entity and its audit row. Drafts stay a page feature:
/// a program has nobody to show a draft to, so an API write publishes at once. The order of the checks is the
/// other API writes': the token (401), the entity (404), the right on it (403), the body (415, 400), the owner it
/// names (403; one that does not exist is a message on its field) and the form's rules (422).
extension Editor {
    func addAPIRoutes(to router: Router<AppRequestContext>) {
        let base = "/api/v1/" + D.collection
        router.post(RouterPath(base)) { request, _ in
            let principal = try await support.bearer.principal(request)
            var form = D.Form(fields: try await Self.members(request))
            let owner = try await owner(of: form, existing: nil, principal: principal)
            return try await publish(&form, existing: nil, owner: owner, by: principal, request)
        }
        router.patch("\(base)/:slug") { request, context in
            let principal = try await support.bearer.principal(request)
            let entity = try await entity(context)
            _ = try BearerAuthenticator.require(principal, D.actions.edit, on: description.resource(of: entity))
            let changes = try await Self.members(request)
            var form = try await description.form(of: entity)
            form.fields.merge(changes) { _, new in new }
            let owner = try await owner(of: form, existing: entity, principal: principal)
            return try await publish(&form, existing: entity, owner: owner, by: principal, request)
        }
        router.delete("\(base)/:slug") { request, context in
            let principal = try await support.bearer.principal(request)
            let entity = try await entity(context)
            _ = try BearerAuthenticator.require(principal, D.actions.delete, on: description.resource(of: entity))
            if let refusal = try await delete(entity, by: principal) {
                return JSONResponse.problem(status: .conflict, title: request.info.catalog[.errorBadRequestTitle],
                                            detail: refusal.message)
            }
            return Response(status: .noContent, headers: [.cacheControl: "no-store"])
        }
    }

    /// Checks a form and publishes what it describes, answering with the entity as the read API shows it: 201 with
    /// its address for a new one, 200 for a change, 422 with the form's message per field when one does not hold.
    private func publish(_ form: inout D.Form, existing: D.Entity?, owner: D.Owner?, by principal: Principal,
                         _ request: Request) async throws -> Response {
        guard let valid = try await validate(&form, existing: existing, owner: owner, request.info.catalog) else {
            return try APIWriteBody.invalid(form.errors, request: request)
        }
        let saved = try await support.publish(valid, entityName: D.entityName, existingID: existing?.id,
                                              changes: description.changes(from: existing, to: valid), draft: nil,
                                              by: principal, now: support.clock.now())
        let detail = try await description.apiDetail(slug: saved.slug, pages: try await support.site.pages(request.info))
        var response = try JSONResponse.make(detail, status: existing == nil ? .created : .ok)
        if existing == nil { response.headers[.location] = description.url(of: saved).apiPath }
        return response
    }

    /// The fields a body sets, as the form's text: 415 for a body that is not JSON, 400 for one that is not an
    /// object of the documented members and types.
    private static func members(_ request: Request) async throws -> [String: String] {
        let body = try await APIWriteController.decode(JSONInput.self, request, example: D.api.example)
        guard let members = body.members else {
            throw WebError.badRequest("The body must be a JSON object such as \(D.api.example).")
        }
        let fields = Dictionary(uniqueKeysWithValues: D.api.fields.map { ($0.name, $0) })
        if let unknown = members.keys.filter({ fields[$0] == nil }).sorted().first {
            throw MatchAPIBody.Keys.unknownField(unknown, allowed: D.api.fields.map(\.name))
        }
        var texts: [String: String] = [:]
        for (name, value) in members {
            texts[name] = try fields[name]?.text(value)
        }
        return texts
    }
}
