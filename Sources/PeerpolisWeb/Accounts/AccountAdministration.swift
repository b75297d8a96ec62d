import Foundation
import HummingbirdBcrypt
import NIOPosix
import PeerpolisDomain
import PeerpolisStorage

/// What the command line does with accounts: create the first administrator, read the outbox.
public enum AccountAdministration {
    /// Why an account could not be created, as a sentence for the terminal.
    public struct Refusal: Error, CustomStringConvertible {
        public let description: String
    }

    /// Creates an account (an administrator when `admin`) after the same checks as the sign-up page.
    public static func createUser(email: String, name: String, password: String, admin: Bool, settings: AuthSettings,
                                  database: Database, now: Date = Date()) async throws -> User {
        guard User.isPlausibleEmail(email) else { throw Refusal(description: "'\(email)' is not an e-mail address such as name@city.eu.") }
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...100).contains(name.count) else { throw Refusal(description: "The name must have 1 to 100 characters.") }
        if let violation = PasswordPolicy.check(password, email: email) {
            throw Refusal(description: AccountForms.message(violation, Catalog(language: .en)))
        }
        let cost = settings.bcryptCost
        let hash = try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
        do {
            return try await database.transaction { db in
                let user = try await User.insert(email: email, displayName: name, passwordHash: hash, now: now, on: db)
                if admin {
                    let grant = try await RoleGrant.insert(RoleGrant(userID: user.id, role: .administrator), grantedBy: nil, now: now, on: db)
                    try await AuditLog.record(userID: nil, action: "grant", entity: "role_grant", entityID: grant.id,
                                              changes: ["role": AuditChange(from: nil, to: "administrator user \(user.id) (command line)")],
                                              now: now, on: db)
                }
                return user
            }
        } catch is EmailTakenError {
            throw Refusal(description: "An account already uses \(email).")
        }
    }

    /// The newest messages of the outbox, as text for a terminal.
    public static func outboxText(database: Database, limit: Int) async throws -> String {
        let messages = try await OutboxMessage.fetchAll(limit: limit, on: database.sql)
        if messages.isEmpty { return "The outbox is empty.\n" }
        let formatter = ISO8601DateFormatter()
        return messages.map { message in
            "#\(message.id)  \(formatter.string(from: message.createdAt))  to \(message.recipient)\nSubject: \(message.subject)\n\n\(message.body)\n"
        }.joined(separator: String(repeating: "-", count: 60) + "\n")
    }
}
