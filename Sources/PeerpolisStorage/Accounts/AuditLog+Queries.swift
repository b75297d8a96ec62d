import Foundation
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
}

public enum AuditLog {
    /// Records a write. Call it inside the write's transaction, with the same `db`.
    public static func record(userID: Int?, action: String, entity: String, entityID: Int, changes: [String: AuditChange],
                              now: Date, on db: any SQLDatabase) async throws {
        try await db.insert(into: "audit_log")
            .columns("user_id", "action", "entity", "entity_id", "changes", "created_at")
            .values(SQLBind(userID), SQLBind(action), SQLBind(entity), SQLBind(entityID), SQLBind(jsonText(changes)),
                    SQLBind(Timestamp.text(now)))
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
                           createdAt: Timestamp.date(try row.string("created_at")) ?? Date(timeIntervalSince1970: 0))
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
