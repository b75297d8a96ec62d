import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// Finds who is signed in: one query on indexed keys when the session cookie is present and the session
/// was not read in the last few seconds (see `SessionCache`), none otherwise.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let database: Database
    let clock: Clock
    let cache: SessionCache

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
            var session = cache.session(for: hash, now: now)
            if session == nil, let read = try await UserSession.fetchOne(idHash: hash, now: now, on: database.sql) {
                session = read
                cache.keep(read, for: hash, now: now)
            }
            if var session {
                if now.timeIntervalSince(session.lastSeenAt) > Self.touchInterval {
                    try await UserSession.touch(idHash: hash, now: now, on: database.sql)
                    session.lastSeenAt = now
                    cache.keep(session, for: hash, now: now)
                }
                context.session = session
                context.sessionIDHash = hash
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
