import Foundation
import PeerpolisDomain
import SQLKit

/// Sessions are addressed by the SHA-256 of the cookie's id (`idHash`), computed by the caller.
extension UserSession {
    public static func insert(idHash: String, userID: Int, csrfToken: String, now: Date, expiresAt: Date,
                              on db: any SQLDatabase) async throws {
        let stamp = Timestamp.text(now)
        try await db.insert(into: "sessions")
            .columns("id_hash", "user_id", "csrf_token", "created_at", "expires_at", "last_seen_at")
            .values(SQLBind(idHash), SQLBind(userID), SQLBind(csrfToken), SQLBind(stamp),
                    SQLBind(Timestamp.text(expiresAt)), SQLBind(stamp))
            .run()
    }

    /// The live session and its user: one query on two primary keys, run once per request with a cookie.
    public static func fetchOne(idHash: String, now: Date, on db: any SQLDatabase) async throws -> UserSession? {
        let columns = User.columns.map { SQLColumn($0, table: "users") as any SQLExpression }
        guard let row = try await db.select()
            .columns(columns)
            .columns(SQLColumn("csrf_token", table: "sessions"), SQLColumn("expires_at", table: "sessions"),
                     SQLColumn("last_seen_at", table: "sessions"))
            .from("sessions")
            .join("users", on: SQLColumn("user_id", table: "sessions"), .equal, SQLColumn("id", table: "users"))
            .where(SQLColumn("id_hash", table: "sessions"), .equal, SQLBind(idHash))
            .where(SQLColumn("expires_at", table: "sessions"), .greaterThan, SQLBind(Timestamp.text(now)))
            .first()
        else { return nil }
        return UserSession(user: try User(row: row), csrfToken: try row.string("csrf_token"),
                           expiresAt: Timestamp.date(try row.string("expires_at")) ?? now,
                           lastSeenAt: Timestamp.date(try row.string("last_seen_at")) ?? now)
    }

    /// Records activity; callers do it only every few minutes, so most requests write nothing.
    public static func touch(idHash: String, now: Date, on db: any SQLDatabase) async throws {
        try await db.update("sessions").set("last_seen_at", to: Timestamp.text(now))
            .where("id_hash", .equal, idHash).run()
    }

    public static func delete(idHash: String, on db: any SQLDatabase) async throws {
        try await db.delete(from: "sessions").where("id_hash", .equal, idHash).run()
    }

    /// Ends every session of a user, as a password change must.
    public static func deleteAll(userID: Int, on db: any SQLDatabase) async throws {
        try await db.delete(from: "sessions").where("user_id", .equal, userID).run()
    }

    public static func fetchCount(userID: Int, on db: any SQLDatabase) async throws -> Int {
        try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("sessions")
            .where("user_id", .equal, userID).first()?.int("n") ?? 0
    }
}
