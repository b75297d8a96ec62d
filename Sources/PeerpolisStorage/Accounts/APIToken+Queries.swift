import Foundation
import PeerpolisDomain
import SQLKit

/// Tokens are found by the SHA-256 of the secret (`tokenHash`), computed by the caller; the secret itself
/// never reaches the database.
extension APIToken {
    static let columns = ["id", "user_id", "organization_id", "name", "prefix", "created_at", "last_used_at", "revoked_at",
                          "expires_at"]

    init(row: any SQLRow) throws {
        self.init(id: try row.int("id"), userID: try row.int("user_id"), organizationID: try row.optionalInt("organization_id"),
                  name: try row.string("name"), prefix: try row.string("prefix"),
                  createdAt: Timestamp.date(try row.string("created_at")) ?? Date(timeIntervalSince1970: 0),
                  lastUsedAt: try row.optionalString("last_used_at").flatMap(Timestamp.date),
                  revokedAt: try row.optionalString("revoked_at").flatMap(Timestamp.date),
                  expiresAt: try row.optionalString("expires_at").flatMap(Timestamp.date))
    }

    /// Saves a new token; callers add the audit-log row in the same transaction.
    public static func insert(_ token: APIToken, tokenHash: String, on db: any SQLDatabase) async throws -> APIToken {
        let row = try await db.insert(into: "api_tokens")
            .columns("user_id", "organization_id", "name", "token_hash", "prefix", "created_at", "expires_at")
            .values(SQLBind(token.userID), SQLBind(token.organizationID), SQLBind(token.name), SQLBind(tokenHash),
                    SQLBind(token.prefix), SQLBind(Timestamp.text(token.createdAt)), SQLBind(token.expiresAt.map(Timestamp.text)))
            .returning("id").first()
        var saved = token
        saved.id = try row?.int("id") ?? 0
        return saved
    }

    /// An account's tokens, newest first, revoked ones included so their owner sees what was revoked when.
    public static func fetchAll(userID: Int, on db: any SQLDatabase) async throws -> [APIToken] {
        try await db.select().columns(columns).from("api_tokens").where("user_id", .equal, userID)
            .orderBy("id", .descending).all().map(APIToken.init(row:))
    }

    public static func fetchOne(id: Int, on db: any SQLDatabase) async throws -> APIToken? {
        try await db.select().columns(columns).from("api_tokens").where("id", .equal, id).first().map(APIToken.init(row:))
    }

    /// Every account's tokens with their holder's address, newest first, for the administrators' list.
    public static func fetchAllWithOwners(on db: any SQLDatabase) async throws -> [(APIToken, email: String)] {
        try await db.select()
            .columns(columns.map { SQLColumn($0, table: "api_tokens") as any SQLExpression })
            .column(SQLColumn("email", table: "users"))
            .from("api_tokens")
            .join("users", on: SQLColumn("user_id", table: "api_tokens"), .equal, SQLColumn("id", table: "users"))
            .orderBy(SQLColumn("id", table: "api_tokens"), SQLDirection.descending)
            .all()
            .map { (try APIToken(row: $0), email: try $0.string("email")) }
    }

    /// The unrevoked token with this digest and its account: one query on a unique index, run once per API write.
    /// An expired token is returned too, so the caller can say it expired rather than that it is unknown.
    public static func fetchLive(tokenHash: String, on db: any SQLDatabase) async throws -> (APIToken, User)? {
        let tokenColumns = columns.map { SQLColumn($0, table: "api_tokens") as any SQLExpression }
        let userColumns = User.columns.map { SQLColumn($0, table: "users") as any SQLExpression }
        guard let row = try await db.select()
            .column(SQLColumn("id", table: "api_tokens"), as: "token_id")
            .columns(tokenColumns.dropFirst().map { $0 })
            .columns(userColumns)
            .from("api_tokens")
            .join("users", on: SQLColumn("user_id", table: "api_tokens"), .equal, SQLColumn("id", table: "users"))
            .where(SQLColumn("token_hash", table: "api_tokens"), .equal, SQLBind(tokenHash))
            .where(SQLColumn("revoked_at", table: "api_tokens"), .is, SQLLiteral.null)
            .first()
        else { return nil }
        var token = try APIToken(row: row)
        token.id = try row.int("token_id")
        return (token, try User(row: row))
    }

    /// Records use; callers do it at most once per `APIToken.touchInterval`.
    public static func touch(id: Int, now: Date, on db: any SQLDatabase) async throws {
        try await db.update("api_tokens").set("last_used_at", to: Timestamp.text(now)).where("id", .equal, id).run()
    }

    /// Revokes a token for good; revoking it again keeps the first date.
    public static func revoke(id: Int, now: Date, on db: any SQLDatabase) async throws {
        try await db.update("api_tokens").set("revoked_at", to: Timestamp.text(now))
            .where("id", .equal, id).where("revoked_at", .is, SQLLiteral.null).run()
    }
}
