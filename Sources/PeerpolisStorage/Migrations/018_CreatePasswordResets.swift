import SQLKit

/// One-time password reset links. The token itself goes out by mail; only its SHA-256 is kept.
struct CreatePasswordResets: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "password_resets")
            .column("token_hash", type: .text, .primaryKey(autoIncrement: false))
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            .column("created_at", type: ColumnType.timestamp, .notNull)
            .column("expires_at", type: ColumnType.timestamp, .notNull)
            .column("used_at", type: ColumnType.timestamp)
            .run()
        try await db.create(index: "password_resets_user_id").on("password_resets").column("user_id").run()
    }
}
