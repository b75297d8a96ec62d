import Foundation

/// Someone who signs in to contribute. The password hash never leaves the storage and account code.
public struct User: Sendable, Hashable, Identifiable {
    public var id: Int
    /// As typed at sign-up; compared case-insensitively through `User.emailKey`.
    public var email: String
    public var displayName: String
    public var passwordHash: String
    /// Failed sign-ins since `failedSince`, within the current lockout window.
    public var failedSignIns: Int
    public var failedSince: Date?
    /// Sign-in is refused until this moment, whatever the password.
    public var lockedUntil: Date?
    /// The code of the interface language (`en`, `fr`) the hub writes to them in: the one they signed up in,
    /// until they choose another on their account page.
    public var language: String

    public init(id: Int, email: String, displayName: String, passwordHash: String, failedSignIns: Int = 0,
                failedSince: Date? = nil, lockedUntil: Date? = nil, language: String = "en") {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.failedSignIns = failedSignIns
        self.failedSince = failedSince
        self.lockedUntil = lockedUntil
        self.language = language
    }

    /// The form of an address that identifies an account: trimmed and lowercased.
    public static func emailKey(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// Whether `text` looks like a deliverable address: one `@`, something before it, a dotted domain
    /// after it, no spaces. Real verification is the reset mail reaching its owner.
    public static func isPlausibleEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, text.count <= 254,
              !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" }) else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
    }
}
