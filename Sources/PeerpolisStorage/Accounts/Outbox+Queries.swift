import Foundation
import PeerpolisDomain
import SQLKit

/// The outbox is also the delivery queue: a message is written in the caller's transaction (so a write that
/// rolls back sends nothing) and a sender, when SMTP is configured, claims it, sends it and records the outcome.
extension OutboxMessage {
    /// Queues a message. Call it inside the transaction of the write the message tells about.
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

    static let columns = ["id", "recipient", "subject", "body", "created_at", "sent_at", "attempts",
                          "next_attempt_at", "last_error", "failed_at"]

    /// The newest messages first.
    public static func fetchAll(limit: Int = 50, on db: any SQLDatabase) async throws -> [OutboxMessage] {
        try await db.select().columns(columns).from("outbox")
            .orderBy("id", .descending).limit(limit).all()
            .map(decode)
    }

    public static func fetchOne(id: Int, on db: any SQLDatabase) async throws -> OutboxMessage? {
        try await db.select().columns(columns).from("outbox").where("id", .equal, id).first().map(decode)
    }

    /// Claims up to `limit` messages that are due, oldest first, for one delivery attempt each: the attempt is
    /// counted and the message is hidden from other senders until `leaseUntil`. If the sender dies mid-way, the
    /// lease runs out and the message is due again, so a message is sent at least once, rarely twice.
    /// The claim is one conditional UPDATE per message, so two hub instances never claim the same one.
    public static func claimDue(now: Date, leaseUntil: Date, limit: Int,
                                on db: any SQLDatabase) async throws -> [OutboxMessage] {
        let nowText = Timestamp.text(now)
        let candidates = try await db.select().column("id").from("outbox")
            .where(dueCondition(nowText))
            .orderBy("id").limit(limit).all()
            .map { try $0.int("id") }
        var claimed: [OutboxMessage] = []
        for id in candidates {
            let row = try await db.update("outbox")
                .set(SQLIdentifier("attempts"), to: SQLRaw("attempts + 1"))
                .set("next_attempt_at", to: Timestamp.text(leaseUntil))
                .where("id", .equal, id)
                .where(dueCondition(nowText))
                .returning(columns.map { SQLColumn($0) })
                .first()
            if let row { claimed.append(try decode(row)) }
        }
        return claimed
    }

    /// Unfinished and not waiting: never tried, or its retry time (or a dead sender's lease) has passed.
    private static func dueCondition(_ now: String) -> SQLQueryString {
        "sent_at IS NULL AND failed_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= \(bind: now))"
    }

    /// Records that the server accepted the message.
    public static func markSent(id: Int, now: Date, on db: any SQLDatabase) async throws {
        try await db.update("outbox")
            .set("sent_at", to: Timestamp.text(now))
            .set("next_attempt_at", to: SQLLiteral.null)
            .set("last_error", to: SQLLiteral.null)
            .where("id", .equal, id)
            .run()
    }

    /// Records a failed attempt: to be tried again at `retryAt`, or, when it is nil, given up for good.
    public static func recordFailure(id: Int, error: String, now: Date, retryAt: Date?,
                                     on db: any SQLDatabase) async throws {
        let update = db.update("outbox").set("last_error", to: String(error.prefix(1000)))
        if let retryAt {
            update.set("next_attempt_at", to: Timestamp.text(retryAt))
        } else {
            update.set("next_attempt_at", to: SQLLiteral.null).set("failed_at", to: Timestamp.text(now))
        }
        try await update.where("id", .equal, id).run()
    }

    private static func decode(_ row: any SQLRow) throws -> OutboxMessage {
        OutboxMessage(id: try row.int("id"), recipient: try row.string("recipient"),
                      subject: try row.string("subject"), body: try row.string("body"),
                      createdAt: Timestamp.date(try row.string("created_at")) ?? Date(timeIntervalSince1970: 0),
                      sentAt: try row.optionalString("sent_at").flatMap(Timestamp.date),
                      attempts: try row.int("attempts"),
                      nextAttemptAt: try row.optionalString("next_attempt_at").flatMap(Timestamp.date),
                      lastError: try row.optionalString("last_error"),
                      failedAt: try row.optionalString("failed_at").flatMap(Timestamp.date))
    }
}
