import SQLKit

/// Every message the hub sends lands here first; until SMTP delivery exists, `peerpolis outbox` lists it.
struct CreateOutbox: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "outbox")
            .idColumn()
            .column("recipient", type: .text, .notNull)
            .column("subject", type: .text, .notNull)
            .column("body", type: .text, .notNull)
            .column("created_at", type: ColumnType.timestamp, .notNull)
            .column("sent_at", type: ColumnType.timestamp)
            .run()
    }
}
