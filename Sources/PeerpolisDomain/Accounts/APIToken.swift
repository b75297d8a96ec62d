import Foundation

/// A secret that lets a program write through the API as an account. The secret itself is shown once, at
/// creation; the hub keeps only its digest and a short prefix its owner recognises it by.
public struct APIToken: Sendable, Hashable, Identifiable {
    public var id: Int
    public var userID: Int
    /// Set for an organization token, which acts only as an editor of this organization; nil for a personal
    /// token, which acts with every role of its account.
    public var organizationID: Int?
    public var name: String
    /// The first characters of the secret (`ppt_AbCd`), shown in lists.
    public var prefix: String
    public var createdAt: Date
    public var lastUsedAt: Date?
    public var revokedAt: Date?
    /// From this moment the token is refused; nil for one that never expires.
    public var expiresAt: Date?

    public init(id: Int = 0, userID: Int, organizationID: Int? = nil, name: String, prefix: String, createdAt: Date,
                lastUsedAt: Date? = nil, revokedAt: Date? = nil, expiresAt: Date? = nil) {
        self.id = id
        self.userID = userID
        self.organizationID = organizationID
        self.name = name
        self.prefix = prefix
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.revokedAt = revokedAt
        self.expiresAt = expiresAt
    }

    public var isRevoked: Bool { revokedAt != nil }

    /// Whether the token has expired at `now`: from its expiry on, it no longer authenticates.
    public func isExpired(at now: Date) -> Bool {
        expiresAt.map { now >= $0 } ?? false
    }

    /// The lifetimes a new token may be given, in days; a token may also never expire.
    public static let lifetimesInDays = [30, 90, 365]

    /// When a token made at `createdAt` to last `days` expires (nil: never).
    public static func expiry(from createdAt: Date, days: Int?) -> Date? {
        days.map { createdAt.addingTimeInterval(Double($0) * 86_400) }
    }

    /// Every secret starts with this, so a leaked one is recognisable (and secret scanners can look for it).
    public static let secretPrefix = "ppt_"
    /// How many characters of the secret the list shows: the marker and four random ones.
    public static let visiblePrefixLength = 8
    /// `last_used_at` is written at most this often per token, so a busy client does not turn every request
    /// into a write.
    public static let touchInterval: TimeInterval = 60
    /// Names are labels for their owner ("nightly import"); this keeps the list readable.
    public static let nameLength = 1...100

    /// Whether `last_used_at` is stale enough to be written again at `now`.
    public func needsTouch(at now: Date) -> Bool {
        lastUsedAt.map { now.timeIntervalSince($0) >= Self.touchInterval } ?? true
    }
}

extension Principal {
    /// Who acts when `token` is presented for this account, or nil when the token no longer grants anything.
    ///
    /// A personal token acts with all the account's current grants. An organization token acts with exactly
    /// one grant, organization editor of its organization, and only while the account still edits that
    /// organization or is an administrator; it never carries the account's other roles, so even an
    /// administrator's organization token cannot do what the administrator can. Either way its writes are
    /// recorded as coming through the API with this token.
    public func acting(through token: APIToken) -> Principal? {
        guard token.userID == user.id, !token.isRevoked else { return nil }
        let channel = WriteChannel.api(tokenID: token.id)
        guard let organizationID = token.organizationID else { return Principal(user: user, grants: grants, channel: channel) }
        guard isAdministrator || editedOrganizationIDs.contains(organizationID) else { return nil }
        return Principal(user: user, grants: [RoleGrant(userID: user.id, role: .organizationEditor, organizationID: organizationID)],
                         channel: channel)
    }
}
