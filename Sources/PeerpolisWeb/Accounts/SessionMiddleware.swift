import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// Finds who is signed in: one query on indexed keys when the session cookie is present, none otherwise.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let database: Database
    let clock: Clock

    /// Activity is written at most this often per session, so reading pages does not turn into writes.
    static let touchInterval: Double = 300

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        // An API request carrying a token is authenticated by the token alone (`BearerAuthenticator`), never
        // also as the cookie's session.
        let bearer = request.headers[.authorization] != nil && request.uri.path.hasPrefix("/api/")
        // A real id is 43 characters; anything much longer is not worth hashing.
        if !bearer, let id = request.cookie(AccountCookie.session), !id.isEmpty, id.count <= 128 {
            let hash = SecretTokens.digest(id)
            let now = clock.now()
            if let session = try await UserSession.fetchOne(idHash: hash, now: now, on: database.sql) {
                context.session = session
                context.sessionIDHash = hash
                if now.timeIntervalSince(session.lastSeenAt) > Self.touchInterval {
                    try await UserSession.touch(idHash: hash, now: now, on: database.sql)
                }
            }
        }
        let banner = context.session.map { AccountBanner(displayName: $0.user.displayName, csrfToken: $0.csrfToken) }
        return try await AccountBanner.$current.withValue(banner) {
            try await next(request, context)
        }
    }
}

/// What the page shell shows of the visitor: their name and a sign-out form.
///
/// A task-local rather than a parameter: the shell is shared by every page builder, and threading the
/// session through each of them would touch every route for two words in the header.
struct AccountBanner: Sendable {
    var displayName: String
    var csrfToken: String

    @TaskLocal static var current: AccountBanner?
}
