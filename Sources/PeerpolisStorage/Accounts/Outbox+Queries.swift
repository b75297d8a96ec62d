import Foundation
import PeerpolisDomain
import SQLKit

extension OutboxMessage {
    /// Queues a message. Until SMTP delivery is written, the outbox is where every message ends.
    @discardableResult
    public static func insert(recipient: String, subject: String, body: String, now: Date,
                              on db: any SQLDatabase) async throws -> Int {
        let row = try await db.insert(into: "outbox")
            .columns("recipient", "subject", "body", "created_at")
            .values(SQLBind(recipient), SQLBind(subject), SQLBind(body), SQLBind(Timestamp.text(now)))
            .returning(SQLColumn("id"))
            .first()
        return try row?.int("id") ?? 0
    }

    /// The newest messages first.
    public static func fetchAll(limit: Int = 50, on db: any SQLDatabase) async throws -> [OutboxMessage] {
        try await db.select().columns("id", "recipient", "subject", "body", "created_at").from("outbox")
            .orderBy("id", .descending).limit(limit).all()
            .map { row in
                OutboxMessage(id: try row.int("id"), recipient: try row.string("recipient"),
                              subject: try row.string("subject"), body: try row.string("body"),
                              createdAt: Timestamp.date(try row.string("created_at")) ?? Date(timeIntervalSince1970: 0))
            }
    }
}
