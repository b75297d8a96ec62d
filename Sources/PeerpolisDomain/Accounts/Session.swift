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

/// A message the hub sends, as kept in the outbox, with how far its delivery got.
public struct OutboxMessage: Sendable, Hashable {
    public var id: Int
    public var recipient: String
    public var subject: String
    public var body: String
    public var createdAt: Date
    /// When the SMTP server accepted it.
    public var sentAt: Date?
    /// How many times a sender has started delivering it.
    public var attempts: Int
    /// The earliest time of the next attempt; nil means due now.
    public var nextAttemptAt: Date?
    /// Why the last attempt failed, as the server or the connection said.
    public var lastError: String?
    /// When the sender gave up (a permanent refusal, or too many attempts).
    public var failedAt: Date?

    public init(id: Int, recipient: String, subject: String, body: String, createdAt: Date, sentAt: Date? = nil,
                attempts: Int = 0, nextAttemptAt: Date? = nil, lastError: String? = nil, failedAt: Date? = nil) {
        self.id = id
        self.recipient = recipient
        self.subject = subject
        self.body = body
        self.createdAt = createdAt
        self.sentAt = sentAt
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.lastError = lastError
        self.failedAt = failedAt
    }

    /// Where a message stands: waiting (never tried, or to be tried again), sent, or given up.
    public enum DeliveryState: Sendable, Hashable {
        case pending
        case retrying(attempts: Int, error: String, next: Date?)
        case sent(Date)
        case failed(attempts: Int, error: String)
    }

    public var deliveryState: DeliveryState {
        if let sentAt { return .sent(sentAt) }
        if failedAt != nil { return .failed(attempts: attempts, error: lastError ?? "") }
        if let lastError { return .retrying(attempts: attempts, error: lastError, next: nextAttemptAt) }
        return .pending
    }
}
