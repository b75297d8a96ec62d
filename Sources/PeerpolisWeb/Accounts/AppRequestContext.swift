import Hummingbird
import NIOCore
import PeerpolisDomain

/// The request context of every route: Hummingbird's core, plus who is signed in (filled by
/// `SessionMiddleware`) and the peer's address for the sign-in rate limiter.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in session, or nil for an anonymous visitor.
    public var session: UserSession?
    /// The SHA-256 of the session cookie, kept to delete the row at sign-out.
    var sessionIDHash: String?
    /// The connecting address, without port; "unknown" behind test channels.
    let remoteAddress: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    public var user: User? { session?.user }
}
