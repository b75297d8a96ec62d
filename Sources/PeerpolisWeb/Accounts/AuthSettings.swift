import Crypto
import Foundation

/// How accounts behave on this site: the Bcrypt cost, the key that signs anonymous CSRF cookies, and
/// whether cookies are marked Secure (when the public address is https).
public struct AuthSettings: Sendable {
    /// Bcrypt's log2 work factor; 12 costs about a quarter of a second per hash on a server core.
    public var bcryptCost: UInt8
    let signingKey: SymmetricKey
    public var secureCookies: Bool
    /// How long a session lasts after sign-in.
    public var sessionLifetime: TimeInterval = 14 * 86_400
    /// Sign-in attempts one address may make per 15 minutes on one instance; 0 turns the limit off.
    public var signInAttemptsPerAddress: Int = 30
    /// How long a password reset link works.
    public var resetLifetime: TimeInterval = 3600

    /// `secretKey` must be the same on every instance of a site; `nil` makes a random one, which is
    /// fine for one instance (anonymous forms opened before a restart must then be reloaded).
    public init(bcryptCost: UInt8 = 12, secretKey: String? = nil, secureCookies: Bool = false) {
        self.bcryptCost = min(max(bcryptCost, 4), 31)
        let material = secretKey.map { Data($0.utf8) } ?? Data(SecretTokens.random().utf8)
        self.signingKey = SymmetricKey(data: SHA256.hash(data: material))
        self.secureCookies = secureCookies
    }
}
