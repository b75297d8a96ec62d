import Foundation
import PeerpolisDomain
import SQLKit

/// A record of one write, as kept in `audit_log`.
public struct AuditEntry: Sendable, Hashable {
    public var userID: Int?
    public var action: String
    public var entity: String
    public var entityID: Int
    /// A JSON object of what changed, e.g. `{"title":{"from":"A","to":"B"}}`.
    public var changes: String
    public var createdAt: Date
    /// How the write came; nil for rows written before the log recorded it.
    public var channel: WriteChannel?
}

public enum AuditLog {
    /// Records a write by `principal`, with how it came (a form, or the API and which token). Call it inside
    /// the write's transaction, with the same `db`.
    public static func record(by principal: Principal, action: String, entity: String, entityID: Int,
                              changes: [String: AuditChange], now: Date, on db: any SQLDatabase) async throws {
        try await record(userID: principal.user.id, via: principal.channel, action: action, entity: entity, entityID: entityID,
                         changes: changes, now: now, on: db)
    }

    /// Records a write; `userID` is nil when no account did it (the command line's first administrator).
    public static func record(userID: Int?, via channel: WriteChannel, action: String, entity: String, entityID: Int,
                              changes: [String: AuditChange], now: Date, on db: any SQLDatabase) async throws {
        let (name, tokenID) = stored(channel)
        try await db.insert(into: "audit_log")
            .columns("user_id", "action", "entity", "entity_id", "changes", "created_at", "channel", "token_id")
            .values(SQLBind(userID), SQLBind(action), SQLBind(entity), SQLBind(entityID), SQLBind(jsonText(changes)),
                    SQLBind(Timestamp.text(now)), SQLBind(name), SQLBind(tokenID))
            .run()
    }

    /// The log of one entity, oldest first.
    public static func fetchAll(entity: String, entityID: Int, on db: any SQLDatabase) async throws -> [AuditEntry] {
        try await db.select().column("*").from("audit_log")
            .where("entity", .equal, entity).where("entity_id", .equal, entityID).orderBy("id").all()
            .map { row in
                AuditEntry(userID: try row.optionalInt("user_id"), action: try row.string("action"),
                           entity: try row.string("entity"), entityID: try row.int("entity_id"),
                           changes: try row.string("changes"),
                           createdAt: Timestamp.date(try row.string("created_at")) ?? Date(timeIntervalSince1970: 0),
                           channel: channel(try row.optionalString("channel"), tokenID: try row.optionalInt("token_id")))
            }
    }

    /// How many rows of `action` an account wrote since `date`: rate limits read it.
    public static func count(userID: Int, action: String, since date: Date, on db: any SQLDatabase) async throws -> Int {
        let row = try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("audit_log")
            .where("user_id", .equal, SQLBind(userID)).where("action", .equal, SQLBind(action))
            .where("created_at", .greaterThanOrEqual, SQLBind(Timestamp.text(date)))
            .first()
        return try row?.int("n") ?? 0
    }
}

/// One changed field: its value before and after (nil when it did not exist).
public struct AuditChange: Sendable, Hashable, Codable {
    public var from: String?
    public var to: String?

    public init(from: String?, to: String?) {
        self.from = from
        self.to = to
    }
}

extension AuditLog {
    /// The `channel` and `token_id` columns of a channel.
    static func stored(_ channel: WriteChannel) -> (String, Int?) {
        switch channel {
        case .form: ("form", nil)
        case .api(let tokenID): ("api", tokenID)
        case .commandLine: ("command-line", nil)
        }
    }

    /// The channel those columns hold. An API write whose token has since gone (with its account) still
    /// says it came through the API, without a token id.
    static func channel(_ name: String?, tokenID: Int?) -> WriteChannel? {
        switch name {
        case "form": .form
        case "api": .api(tokenID: tokenID)
        case "command-line": .commandLine
        default: nil
        }
    }
}
