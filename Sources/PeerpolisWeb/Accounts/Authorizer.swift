import Foundation
import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// Runs `Authorization.can` for a request: loads the signed-in account's roles (only on writes, so page
/// reads stay at one query) and turns a refusal into the right answer.
struct Authorizer: Sendable {
    let database: Database
    let settings: AuthSettings

    /// The acting account with its roles, or nil for an anonymous visitor.
    func principal(_ context: AppRequestContext) async throws -> Principal? {
        guard let user = context.user else { return nil }
        return Principal(user: user, grants: try await RoleGrant.fetchAll(userID: user.id, on: database.sql))
    }

    /// Returns the principal when it may do `action` on `resource`; otherwise sends an anonymous visitor
    /// to sign in (401 on the API) and refuses anyone else with 403.
    func require(_ action: Action, on resource: Resource, _ context: AppRequestContext) async throws -> Principal {
        guard let principal = try await principal(context) else { throw WebError.signInRequired }
        guard Authorization.can(principal, action, resource) else {
            throw WebError.forbidden("Your account does not have a role that allows this. An administrator can grant one.")
        }
        return principal
    }

    /// Reads a POST form, checks its CSRF token, then the permission: the order every write route follows.
    func form(_ request: Request, _ context: AppRequestContext, _ action: Action, on resource: Resource)
        async throws -> (FormBody, Principal) {
        // Anonymous first: a visitor who is not signed in is sent to sign in, whatever the token says.
        guard context.user != nil else { throw WebError.signInRequired }
        let form = try await FormBody.read(request)
        try CSRF.check(form, request: request, context: context, settings: settings)
        return (form, try await require(action, on: resource, context))
    }

    /// Reads a POST form and checks its CSRF token, for writes whose resource the form itself names (the
    /// organization a new event belongs to): the caller then asks `Authorization.can` with what it read.
    func form(_ request: Request, _ context: AppRequestContext) async throws -> (FormBody, Principal) {
        guard context.user != nil else { throw WebError.signInRequired }
        let form = try await FormBody.read(request)
        try CSRF.check(form, request: request, context: context, settings: settings)
        guard let principal = try await principal(context) else { throw WebError.signInRequired }
        return (form, principal)
    }
}
