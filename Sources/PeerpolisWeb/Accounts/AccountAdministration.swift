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
                    try await AuditLog.record(userID: nil, via: .commandLine, action: "grant", entity: "role_grant", entityID: grant.id,
                                              changes: ["role": AuditChange(from: nil, to: "administrator user \(user.id) (command line)")],
                                              now: now, on: db)
                }
                return user
            }
        } catch is EmailTakenError {
            throw Refusal(description: "An account already uses \(email).")
        }
    }

    /// The newest messages of the outbox with where each delivery stands, as text for a terminal.
    /// `smtpConfigured` says whether this hub sends mail at all (`SMTP_URL`).
    public static func outboxText(database: Database, limit: Int, smtpConfigured: Bool = false) async throws -> String {
        let messages = try await OutboxMessage.fetchAll(limit: limit, on: database.sql)
        let note = smtpConfigured ? "" : "SMTP_URL is not set: messages stay here and are not sent.\n\n"
        if messages.isEmpty { return note + "The outbox is empty.\n" }
        let formatter = ISO8601DateFormatter()
        return note + messages.map { message in
            "#\(message.id)  \(formatter.string(from: message.createdAt))  to \(message.recipient)\n"
                + "Delivery: \(deliveryText(message, smtpConfigured: smtpConfigured, formatter: formatter))\n"
                + "Subject: \(message.subject)\n\n\(message.body)\n"
        }.joined(separator: String(repeating: "-", count: 60) + "\n")
    }

    static func deliveryText(_ message: OutboxMessage, smtpConfigured: Bool, formatter: ISO8601DateFormatter) -> String {
        func attempts(_ count: Int) -> String { count == 1 ? "1 attempt" : "\(count) attempts" }
        switch message.deliveryState {
        case .pending:
            return smtpConfigured ? "waiting to be sent" : "kept here (no SMTP_URL)"
        case .retrying(let count, let error, let next):
            let when = next.map { " at \(formatter.string(from: $0))" } ?? ""
            return "failed \(attempts(count)), tries again\(when); last error: \(error)"
        case .sent(let date):
            return "sent \(formatter.string(from: date))"
        case .failed(let count, let error):
            return "given up after \(attempts(count)): \(error)"
        }
    }
}
