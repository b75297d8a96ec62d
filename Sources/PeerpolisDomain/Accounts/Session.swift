import Foundation

/// A signed-in session as a request sees it: who, and the token its forms must carry.
public struct UserSession: Sendable, Hashable {
    public var user: User
    public var csrfToken: String
    public var expiresAt: Date
    public var lastSeenAt: Date

    public init(user: User, csrfToken: String, expiresAt: Date, lastSeenAt: Date) {
        self.user = user
        self.csrfToken = csrfToken
        self.expiresAt = expiresAt
        self.lastSeenAt = lastSeenAt
    }
}

/// A message the hub sends, as kept in the outbox.
public struct OutboxMessage: Sendable, Hashable {
    public var id: Int
    public var recipient: String
    public var subject: String
    public var body: String
    public var createdAt: Date

    public init(id: Int, recipient: String, subject: String, body: String, createdAt: Date) {
        self.id = id
        self.recipient = recipient
        self.subject = subject
        self.body = body
        self.createdAt = createdAt
    }
}
