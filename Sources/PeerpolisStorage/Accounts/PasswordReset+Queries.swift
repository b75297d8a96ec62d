import Foundation
import PeerpolisDomain
import SQLKit

/// One-time reset links, addressed by the SHA-256 of the token that went out by mail.
public enum PasswordReset {
    public static func insert(tokenHash: String, userID: Int, now: Date, expiresAt: Date,
                              on db: any SQLDatabase) async throws {
        try await db.insert(into: "password_resets")
            .columns("token_hash", "user_id", "created_at", "expires_at")
            .values(SQLBind(tokenHash), SQLBind(userID), SQLBind(Timestamp.text(now)), SQLBind(Timestamp.text(expiresAt)))
            .run()
    }

    /// The user a valid (unused, unexpired) token belongs to, without using it: for showing the form.
    public static func fetchUserID(tokenHash: String, now: Date, on db: any SQLDatabase) async throws -> Int? {
        try await db.select().column("user_id").from("password_resets")
            .where("token_hash", .equal, tokenHash)
            .where("used_at", .is, SQLLiteral.null)
            .where("expires_at", .greaterThan, Timestamp.text(now))
            .first()?.int("user_id")
    }

    /// Marks a valid token used and returns its user, or nil when it is unknown, used or expired. A single
    /// conditional UPDATE, so two submissions racing with one token cannot both succeed.
    public static func consume(tokenHash: String, now: Date, on db: any SQLDatabase) async throws -> Int? {
        try await db.update("password_resets")
            .set("used_at", to: Timestamp.text(now))
            .where("token_hash", .equal, tokenHash)
            .where("used_at", .is, SQLLiteral.null)
            .where("expires_at", .greaterThan, Timestamp.text(now))
            .returning(SQLColumn("user_id"))
            .first()?.int("user_id")
    }
}
