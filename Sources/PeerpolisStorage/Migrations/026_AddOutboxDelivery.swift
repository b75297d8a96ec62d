import SQLKit

/// Makes the outbox the queue that SMTP delivery works from: how many attempts a message has had, when the
/// next may start (also the lease a sender holds while it talks to the server), the last error, and when the
/// sender gave up. `sent_at` already exists (migration 019). Nothing is set for existing rows: they are due.
struct AddOutboxDelivery: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        // One column per statement: SQLite's ALTER TABLE adds a single column at a time.
        try await db.alter(table: "outbox").column("attempts", type: .int, .notNull, .default(0)).run()
        try await db.alter(table: "outbox").column("next_attempt_at", type: ColumnType.timestamp).run()
        try await db.alter(table: "outbox").column("last_error", type: .text).run()
        try await db.alter(table: "outbox").column("failed_at", type: ColumnType.timestamp).run()
        // The sender's question, asked every few seconds: which unfinished messages are due?
        try await db.create(index: "outbox_pending").on("outbox").column("sent_at").column("failed_at").column("id").run()
    }
}
