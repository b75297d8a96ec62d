import SQLKit

/// One row per write: who, when, what action on which entity, and a JSON of what changed. Written in the
/// same transaction as the write, so the log cannot miss one or record one that rolled back.
struct CreateAuditLog: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "audit_log")
            .idColumn()
            // Kept when the account goes: the log outlives the people in it.
            .column("user_id", type: .bigint, .references("users", "id", onDelete: .setNull))
            .column("action", type: .text, .notNull)
            .column("entity", type: .text, .notNull)
            .column("entity_id", type: .bigint, .notNull)
            .column("changes", type: .text, .notNull)
            .column("created_at", type: ColumnType.timestamp, .notNull)
            .run()
        try await db.create(index: "audit_log_entity").on("audit_log").column("entity").column("entity_id").run()
    }
}
