import Foundation
import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// API writes authenticate with `Authorization: Bearer ppt_…` and nothing else: no cookie is read, so no
/// CSRF token is needed, and a page of another site cannot write with a visitor's session.
struct BearerAuthenticator: Sendable {
    let database: Database
    let clock: Clock

    /// A new secret and the prefix that is kept of it: `ppt_` and 32 random URL-safe characters.
    static func newSecret() -> (secret: String, prefix: String) {
        let secret = APIToken.secretPrefix + SecretTokens.random(bytes: 24)
        return (secret, String(secret.prefix(APIToken.visiblePrefixLength)))
    }

    /// The token in an `Authorization` header, or nil when the header is absent or not a bearer one.
    static func credential(_ request: Request) -> String? {
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return parts[1].trimmingCharacters(in: .whitespaces)
    }

    /// Who acts with the request's token. Anything but a live token whose account still holds what the token
    /// acts with is a 401 that says what to do.
    func principal(_ request: Request) async throws -> Principal {
        guard request.headers[.authorization] != nil else {
            throw WebError.unauthorized("Writing through the API needs a token: send the header 'Authorization: Bearer ppt_…'. Make a token on your account's page \(SiteURL.accountTokens.path).")
        }
        // A real secret is 36 characters; anything much longer is not worth hashing.
        guard let secret = Self.credential(request), secret.hasPrefix(APIToken.secretPrefix), secret.count <= 128 else {
            throw WebError.unauthorized("The Authorization header must be 'Bearer ' followed by an API token, which starts with ppt_.")
        }
        guard let (token, user) = try await APIToken.fetchLive(tokenHash: SecretTokens.digest(secret), on: database.sql) else {
            throw WebError.unauthorized("This API token is unknown or has been revoked. Make a new one on \(SiteURL.accountTokens.path).")
        }
        let now = clock.now()
        if token.isExpired(at: now), let expiry = token.expiresAt {
            throw WebError.unauthorized("This API token expired on \(Timestamps.rfc3339(expiry)). Make a new one on \(SiteURL.accountTokens.path).")
        }
        let account = Principal(user: user, grants: try await RoleGrant.fetchAll(userID: user.id, on: database.sql))
        guard let principal = account.acting(through: token) else {
            throw WebError.unauthorized("This organization token no longer works: its account no longer edits the organization.")
        }
        if token.needsTouch(at: now) { try await APIToken.touch(id: token.id, now: now, on: database.sql) }
        return principal
    }

    /// Returns the principal when it may do `action` on `resource`, and refuses with 403 otherwise.
    static func require(_ principal: Principal, _ action: Action, on resource: Resource) throws -> Principal {
        guard Authorization.can(principal, action, resource) else {
            throw WebError.forbidden("This token's account (or, for an organization token, its organization role) does not allow this. An administrator can grant a role.")
        }
        return principal
    }
}
