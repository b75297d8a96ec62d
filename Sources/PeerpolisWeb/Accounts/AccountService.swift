import Foundation
import HummingbirdBcrypt
import NIOPosix
import PeerpolisDomain
import PeerpolisStorage

/// Sign-up, sign-in, sessions and password resets: the rules, apart from HTTP and HTML.
struct AccountService: Sendable {
    let database: Database
    let clock: Clock
    let settings: AuthSettings
    let limiter: SignInRateLimiter
    let publicURL: String
    let sessions: SessionCache
    /// A valid Bcrypt hash of no one's password at the configured cost, checked against when the address
    /// is unknown.
    let decoyHash: String

    init(database: Database, clock: Clock, settings: AuthSettings, publicURL: String, sessions: SessionCache = SessionCache()) {
        self.database = database
        self.sessions = sessions
        self.clock = clock
        self.settings = settings
        self.limiter = SignInRateLimiter(limit: settings.signInAttemptsPerAddress)
        self.publicURL = publicURL
        self.decoyHash = Bcrypt.hash(SecretTokens.random(), cost: settings.bcryptCost)
    }

    enum SignInOutcome: Equatable {
        case signedIn(User)
        case wrongCredentials
        case locked(until: Date)
        case tooManyAttempts
    }

    /// Bcrypt blocks for a quarter second at cost 12: run it on NIO's thread pool, not the request's executor.
    func hash(_ password: String) async throws -> String {
        let cost = settings.bcryptCost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// Creates an account after the caller has validated the fields; `language` is the interface's, which
    /// the hub's mails to the account will use.
    func signUp(email: String, displayName: String, password: String, language: Language) async throws -> User {
        let passwordHash = try await hash(password)
        return try await User.insert(email: email, displayName: displayName, passwordHash: passwordHash,
                                     language: language.rawValue, now: clock.now(), on: database.sql)
    }

    /// Checks a password, counting failures against the account and refusing a locked one.
    func signIn(email: String, password: String, from address: String) async throws -> SignInOutcome {
        let now = clock.now()
        guard await limiter.allow(address, now: now) else { return .tooManyAttempts }
        guard let user = try await User.fetchOne(email: email, on: database.sql) else {
            // Spend the same time as a real check, so response time does not reveal which addresses exist.
            _ = try await verify(password, hash: decoyHash)
            return .wrongCredentials
        }
        if let until = user.lockedUntil, until > now { return .locked(until: until) }
        if try await verify(password, hash: user.passwordHash) {
            if user.failedSignIns > 0 || user.lockedUntil != nil {
                try await User.updateSignInState(id: user.id, failedSignIns: 0, failedSince: nil, lockedUntil: nil, on: database.sql)
            }
            return .signedIn(user)
        }
        let next = SignInLockout().afterFailure(count: user.failedSignIns, since: user.failedSince, now: now)
        try await User.updateSignInState(id: user.id, failedSignIns: next.count, failedSince: next.since,
                                         lockedUntil: next.lockedUntil, on: database.sql)
        if let until = next.lockedUntil { return .locked(until: until) }
        return .wrongCredentials
    }

    /// Opens a session and returns the cookie's id (the database keeps only its digest).
    func startSession(for user: User) async throws -> String {
        let id = SecretTokens.random()
        let now = clock.now()
        try await UserSession.insert(idHash: SecretTokens.digest(id), userID: user.id, csrfToken: SecretTokens.random(),
                                     now: now, expiresAt: now.addingTimeInterval(settings.sessionLifetime), on: database.sql)
        return id
    }

    /// Mails a reset link when the address has an account; says nothing either way, so the form does not
    /// reveal who has an account.
    func requestReset(email: String) async throws {
        guard let user = try await User.fetchOne(email: email, on: database.sql) else { return }
        let token = SecretTokens.random()
        let now = clock.now()
        let link = "\(publicURL)\(SiteURL.passwordReset.path)?token=\(token)"
        try await database.transaction { db in
            try await PasswordReset.insert(tokenHash: SecretTokens.digest(token), userID: user.id, now: now,
                                           expiresAt: now.addingTimeInterval(settings.resetLifetime), on: db)
            try await Mail.passwordReset(to: user, link: link).queue(to: user, now: now, on: db)
        }
    }

    /// The account a reset token can still reset, or nil (for showing the form and checking the policy).
    func resetUser(_ token: String) async throws -> User? {
        guard !token.isEmpty, token.count <= 128,
              let id = try await PasswordReset.fetchUserID(tokenHash: SecretTokens.digest(token), now: clock.now(), on: database.sql)
        else { return nil }
        return try await User.fetchOne(id: id, on: database.sql)
    }

    /// Uses a reset token and sets the new password, ending every session of the account. Returns false
    /// when the token is unknown, already used or expired.
    func completeReset(token: String, password: String) async throws -> Bool {
        let passwordHash = try await hash(password)
        let now = clock.now()
        return try await database.transaction { db in
            guard let userID = try await PasswordReset.consume(tokenHash: SecretTokens.digest(token), now: now, on: db) else {
                return false
            }
            try await User.updatePassword(id: userID, passwordHash: passwordHash, now: now, on: db)
            try await UserSession.deleteAll(userID: userID, on: db)
            sessions.forget(userID: userID)
            return true
        }
    }

    func signOut(sessionIDHash: String) async throws {
        try await UserSession.delete(idHash: sessionIDHash, on: database.sql)
        sessions.forget(idHash: sessionIDHash)
    }
}
