import Foundation
import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// `/account/tokens`: a signed-in account lists, makes and revokes its API tokens. The secret is generated
/// here, shown once in the answer to the form, and stored only as its SHA-256.
struct TokenController: Sendable {
    let database: Database
    let clock: Clock
    let authorizer: Authorizer

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/account/tokens") { request, context in
            guard let principal = try await authorizer.principal(context) else { throw WebError.signInRequired }
            return try await page(request, context, principal: principal, form: TokensView.Form(), secret: nil)
        }
        router.post("/account/tokens") { request, context in
            guard context.user != nil else { throw WebError.signInRequired }
            let body = try await FormBody.read(request)
            try CSRF.check(body, request: request, context: context, settings: authorizer.settings)
            guard let principal = try await authorizer.principal(context) else { throw WebError.signInRequired }
            var form = TokensView.Form(name: body.text("name"), scope: body.text("scope"), expires: body.text("expires"))
            let t = request.info.catalog
            var organization: Organization?
            if !form.scope.isEmpty {
                organization = try await Organization.fetchOne(slug: form.scope, on: database.sql)
                if organization == nil { form.errors["scope"] = t[.tokenScopeInvalid] }
            }
            if !APIToken.nameLength.contains(form.name.count) { form.errors["name"] = t[.tokenNameInvalid] }
            let lifetime = TokensView.Form.lifetime(form.expires)
            if lifetime == nil { form.errors["expires"] = t[.tokenExpiryInvalid] }
            guard form.errors.isEmpty else {
                return try await page(request, context, principal: principal, form: form, secret: nil, status: .badRequest)
            }
            _ = try await authorizer.require(.createAPIToken, on: .apiToken(ownerID: principal.user.id,
                                                                           organizationID: organization?.id), context)
            let (secret, prefix) = BearerAuthenticator.newSecret()
            let now = clock.now(), scope = organization?.slug ?? "personal"
            let draft = APIToken(userID: principal.user.id, organizationID: organization?.id, name: form.name, prefix: prefix,
                                 createdAt: now, expiresAt: APIToken.expiry(from: now, days: lifetime ?? nil))
            try await database.transaction { db in
                let saved = try await APIToken.insert(draft, tokenHash: SecretTokens.digest(secret), on: db)
                // The secret never goes into the log: only what identifies the token to its owner.
                try await AuditLog.record(by: principal, action: "create", entity: "api_token", entityID: saved.id,
                                          changes: ["name": AuditChange(from: nil, to: saved.name),
                                                    "scope": AuditChange(from: nil, to: scope),
                                                    "expires_at": AuditChange(from: nil, to: saved.expiresAt.map(Timestamps.rfc3339))],
                                          now: now, on: db)
            }
            return try await page(request, context, principal: principal, form: TokensView.Form(), secret: secret)
        }
        router.get("/admin/tokens") { request, context in
            _ = try await authorizer.require(.listAllAPITokens, on: .site, context)
            let info = request.info
            let names = try await organizationNames()
            let now = clock.now()
            let rows = try await APIToken.fetchAllWithOwners(on: database.sql).map { token, email in
                var row = Self.row(token, organizations: names, now: now, info.catalog)
                row.owner = email
                return row
            }
            var response = HTMLResponse.make(TokensView.all(rows: rows, csrf: context.session?.csrfToken ?? "", context: info.pageContext),
                                             language: info.language)
            response.headers[.cacheControl] = "no-store"
            return response
        }
        router.post("/account/tokens/:id/revoke") { request, context in
            guard let id = Int(try context.parameters.require("id")),
                  let token = try await APIToken.fetchOne(id: id, on: database.sql) else { throw WebError.notFound }
            let (_, principal) = try await authorizer.form(request, context, .revokeAPIToken,
                                                           on: .apiToken(ownerID: token.userID, organizationID: token.organizationID))
            let now = clock.now()
            try await database.transaction { db in
                try await APIToken.revoke(id: id, now: now, on: db)
                try await AuditLog.record(by: principal, action: "revoke", entity: "api_token", entityID: id,
                                          changes: ["revoked_at": AuditChange(from: nil, to: Timestamps.rfc3339(now))], now: now, on: db)
            }
            // An administrator revoking someone else's token goes back to the list of every token.
            let back = token.userID == principal.user.id ? SiteURL.accountTokens : .adminTokens
            return Response(status: .seeOther, headers: [.location: back.path, .cacheControl: "no-store"])
        }
    }

    func page(_ request: Request, _ context: AppRequestContext, principal: Principal, form: TokensView.Form, secret: String?,
              status: HTTPResponse.Status = .ok) async throws -> Response {
        let info = request.info
        let tokens = try await APIToken.fetchAll(userID: principal.user.id, on: database.sql)
        let organizations = try await Organization.fetchAll(on: database.sql)
        let names = Dictionary(uniqueKeysWithValues: organizations.map { ($0.id, $0.name) })
        let now = clock.now()
        let rows = tokens.map { Self.row($0, organizations: names, now: now, info.catalog) }
        // Only the organizations this account may make a token for.
        let editable = organizations.filter {
            Authorization.can(principal, .createAPIToken, .apiToken(ownerID: principal.user.id, organizationID: $0.id))
        }
        let html = TokensView.render(rows: rows, organizations: editable, form: form, secret: secret,
                                     csrf: context.session?.csrfToken ?? "", context: info.pageContext)
        var response = HTMLResponse.make(html, status: status, language: info.language)
        response.headers[.cacheControl] = "no-store"
        return response
    }

    func organizationNames() async throws -> [Int: String] {
        Dictionary(uniqueKeysWithValues: try await Organization.fetchAll(on: database.sql).map { ($0.id, $0.name) })
    }

    static func row(_ token: APIToken, organizations: [Int: String], now: Date, _ t: Catalog) -> TokensView.Row {
        let state = if let revoked = token.revokedAt {
            t.format(.tokenRevokedOn, Timestamps.rfc3339(revoked))
        } else if token.isExpired(at: now), let expiry = token.expiresAt {
            t.format(.tokenExpiredOn, Timestamps.rfc3339(expiry))
        } else {
            t[.tokenActive]
        }
        return TokensView.Row(id: token.id, name: token.name, prefix: token.prefix,
                              scope: token.organizationID.map { t.format(.tokenScopeOrganization, organizations[$0] ?? String($0)) }
                                  ?? t[.tokenScopePersonal],
                              created: Timestamps.rfc3339(token.createdAt), lastUsed: token.lastUsedAt.map(Timestamps.rfc3339),
                              expires: token.expiresAt.map(Timestamps.rfc3339), state: state, revocable: token.revokedAt == nil)
    }
}
