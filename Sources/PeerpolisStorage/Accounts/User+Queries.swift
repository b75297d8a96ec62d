import Foundation
import PeerpolisDomain
import SQLKit

/// Raised when an address is already taken by another account.
public struct EmailTakenError: Error, Equatable {}

extension User {
    init(row: any SQLRow) throws {
        self.init(id: try row.int("id"), email: try row.string("email"), displayName: try row.string("display_name"),
                  passwordHash: try row.string("password_hash"), failedSignIns: try row.int("failed_sign_ins"),
                  failedSince: try row.optionalString("failed_since").flatMap(Timestamp.date),
                  lockedUntil: try row.optionalString("locked_until").flatMap(Timestamp.date),
                  language: try row.string("language"))
    }

    static let columns = ["id", "email", "display_name", "password_hash", "failed_sign_ins", "failed_since",
                          "locked_until", "language"]

    /// Creates an account; throws `EmailTakenError` when the address (in any case) already has one.
    /// `language` is the code of the interface language it signed up in.
    public static func insert(email: String, displayName: String, passwordHash: String, language: String = "en", now: Date,
                              on db: any SQLDatabase) async throws -> User {
        let key = emailKey(email)
        // Checked first for a clear error; the unique index still guards against two sign-ups racing.
        if try await fetchOne(email: key, on: db) != nil { throw EmailTakenError() }
        let stamp = Timestamp.text(now)
        let row = try await db.insert(into: "users")
            .columns("email", "email_key", "display_name", "password_hash", "failed_sign_ins", "language", "created_at",
                     "updated_at")
            .values(SQLBind(email.trimmingCharacters(in: .whitespacesAndNewlines)), SQLBind(key),
                    SQLBind(displayName), SQLBind(passwordHash), SQLBind(0), SQLBind(language), SQLBind(stamp), SQLBind(stamp))
            .returning(SQLColumn("id"))
            .first()
        guard let id = try row?.int("id") else { throw EmailTakenError() }
        return User(id: id, email: email, displayName: displayName, passwordHash: passwordHash, language: language)
    }

    /// Sets the language the hub writes to the account in.
    public static func updateLanguage(id: Int, language: String, now: Date, on db: any SQLDatabase) async throws {
        try await db.update("users").set("language", to: language).set("updated_at", to: Timestamp.text(now))
            .where("id", .equal, id).run()
    }

    /// The account for an address in any case, or nil.
    public static func fetchOne(email: String, on db: any SQLDatabase) async throws -> User? {
        try await db.select().columns(columns).from("users").where("email_key", .equal, emailKey(email))
            .first().map(User.init(row:))
    }

    public static func fetchOne(id: Int, on db: any SQLDatabase) async throws -> User? {
        try await db.select().columns(columns).from("users").where("id", .equal, id).first().map(User.init(row:))
    }

    /// Stores the failure counters and lock computed by `SignInLockout`.
    public static func updateSignInState(id: Int, failedSignIns: Int, failedSince: Date?, lockedUntil: Date?,
                                         on db: any SQLDatabase) async throws {
        try await db.update("users")
            .set("failed_sign_ins", to: failedSignIns)
            .set("failed_since", to: failedSince.map(Timestamp.text))
            .set("locked_until", to: lockedUntil.map(Timestamp.text))
            .where("id", .equal, id)
            .run()
    }

    /// Replaces the password hash and clears any lock, as a completed reset does.
    public static func updatePassword(id: Int, passwordHash: String, now: Date, on db: any SQLDatabase) async throws {
        try await db.update("users")
            .set("password_hash", to: passwordHash)
            .set("failed_sign_ins", to: 0)
            .set("failed_since", to: String?.none)
            .set("locked_until", to: String?.none)
            .set("updated_at", to: Timestamp.text(now))
            .where("id", .equal, id)
            .run()
    }

    public static func fetchCount(on db: any SQLDatabase) async throws -> Int {
        try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("users")
            .first()?.int("n") ?? 0
    }
}
