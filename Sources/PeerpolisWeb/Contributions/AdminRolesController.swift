import Foundation
import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// The administrator's page for granting and revoking roles.
struct AdminRolesController: Sendable {
    let database: Database
    let clock: Clock
    let authorizer: Authorizer

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/admin/roles") { request, context in
            _ = try await authorizer.require(.grantRole, on: .site, context)
            return try await page(request, context, form: AdminRolesView.GrantForm(), status: .ok)
        }
        router.post("/admin/roles") { request, context in
            let (body, principal) = try await authorizer.form(request, context, .grantRole, on: .site)
            var form = AdminRolesView.GrantForm(email: body.text("email"), role: body.text("role"), place: body.text("place"),
                                                organization: body.text("organization"), themes: body.text("themes"))
            guard let grant = try await resolve(&form) else { return try await page(request, context, form: form, status: .badRequest) }
            let now = clock.now(), email = form.email
            try await database.transaction { db in
                let saved = try await RoleGrant.insert(grant, grantedBy: principal.user.id, now: now, on: db)
                try await AuditLog.record(by: principal, action: "grant", entity: "role_grant", entityID: saved.id,
                                          changes: ["role": AuditChange(from: nil, to: Self.describe(saved, email: email))],
                                          now: now, on: db)
            }
            return Response(status: .seeOther, headers: [.location: SiteURL.adminRoles.path])
        }
        router.post("/admin/roles/:id/revoke") { request, context in
            let (_, principal) = try await authorizer.form(request, context, .revokeRole, on: .site)
            guard let id = Int(try context.parameters.require("id")),
                  let grant = try await RoleGrant.fetchOne(id: id, on: database.sql) else { throw WebError.notFound }
            let now = clock.now()
            try await database.transaction { db in
                try await RoleGrant.delete(id: id, on: db)
                try await AuditLog.record(by: principal, action: "revoke", entity: "role_grant", entityID: id,
                                          changes: ["role": AuditChange(from: Self.describe(grant, email: nil), to: nil)],
                                          now: now, on: db)
            }
            return Response(status: .seeOther, headers: [.location: SiteURL.adminRoles.path])
        }
    }

    /// Turns the typed form into a grant, or leaves messages on the form.
    func resolve(_ form: inout AdminRolesView.GrantForm) async throws -> RoleGrant? {
        let user = try await User.fetchOne(email: form.email, on: database.sql)
        if user == nil { form.errors["email"] = "No account uses this address; the person must sign up first." }
        guard let role = Role(rawValue: form.role) else {
            form.errors["role"] = "Choose one of the roles in the list."
            return nil
        }
        var grant = RoleGrant(userID: user?.id ?? 0, role: role)
        if role == .placeRepresentative {
            grant.placeID = try await Place.fetchOne(slug: form.place, on: database.sql)?.id
            if grant.placeID == nil { form.errors["place"] = "No place has the slug '\(form.place)'." }
        }
        if role == .organizationEditor {
            grant.organizationID = try await Organization.fetchOne(slug: form.organization, on: database.sql)?.id
            if grant.organizationID == nil { form.errors["organization"] = "No organization has the slug '\(form.organization)'." }
        }
        if role == .expert {
            grant.themes = form.themes.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            for slug in grant.themes where try await Theme.fetchOne(slug: slug, on: database.sql) == nil {
                form.errors["themes"] = "No theme has the slug '\(slug)'."
            }
            if grant.themes.isEmpty { form.errors["themes"] = grant.problem }
        }
        return form.errors.isEmpty ? grant : nil
    }

    func page(_ request: Request, _ context: AppRequestContext, form: AdminRolesView.GrantForm,
              status: HTTPResponse.Status) async throws -> Response {
        let info = request.info
        let grants = try await RoleGrant.fetchAllWithUsers(on: database.sql)
        let places = try await Place.fetchDictionary(ids: grants.compactMap(\.0.placeID), on: database.sql)
        let rows = grants.map { grant, email, name in
            AdminRolesView.Row(id: grant.id, person: "\(name) <\(email)>",
                               role: grant.role.rawValue + (grant.placeID.flatMap { places[$0]?.name }.map { ": " + $0 } ?? "")
                                   + (grant.themes.isEmpty ? "" : ": " + grant.themes.joined(separator: ", ")))
        }
        let html = AdminRolesView.render(rows: rows, form: form, csrf: context.session?.csrfToken ?? "", context: info.pageContext)
        var response = HTMLResponse.make(html, status: status, language: info.language)
        response.headers[.cacheControl] = "no-store"
        return response
    }

    static func describe(_ grant: RoleGrant, email: String?) -> String {
        var parts = [grant.role.rawValue, "user \(grant.userID)"]
        if let email { parts.append(email) }
        if let place = grant.placeID { parts.append("place \(place)") }
        if let organization = grant.organizationID { parts.append("organization \(organization)") }
        if !grant.themes.isEmpty { parts.append("themes \(grant.themes.joined(separator: ","))") }
        return parts.joined(separator: " ")
    }
}
