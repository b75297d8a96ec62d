import SQLKit

/// Signed-in sessions, in the database so several app instances can serve one site. The cookie holds
/// a random id; only its SHA-256 is stored, so a leaked table does not let anyone sign in.
struct CreateSessions: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "sessions")
            .column("id_hash", type: .text, .primaryKey(autoIncrement: false))
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            // The per-session CSRF token every form of a signed-in user carries.
            .column("csrf_token", type: .text, .notNull)
            .column("created_at", type: ColumnType.timestamp, .notNull)
            .column("expires_at", type: ColumnType.timestamp, .notNull)
            .column("last_seen_at", type: ColumnType.timestamp, .notNull)
            .run()
        try await db.create(index: "sessions_user_id").on("sessions").column("user_id").run()
    }
}
