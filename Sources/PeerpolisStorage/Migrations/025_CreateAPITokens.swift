import SQLKit

/// API tokens, personal or for one organization. Like sessions, only the SHA-256 of a token is stored, so
/// a leaked table lets no one write; `prefix` is the first characters of the token, enough for its owner
/// to recognise it in the list and useless to anyone else.
struct CreateAPITokens: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "api_tokens")
            .idColumn()
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            // Set for an organization token, which acts only as an editor of this organization.
            .column("organization_id", type: .bigint, .references("organizations", "id", onDelete: .cascade))
            .column("name", type: .text, .notNull)
            .column("token_hash", type: .text, .notNull, .unique)
            .column("prefix", type: .text, .notNull)
            .column("created_at", type: ColumnType.timestamp, .notNull)
            .column("last_used_at", type: ColumnType.timestamp)
            .column("revoked_at", type: ColumnType.timestamp)
            .run()
        try await db.create(index: "api_tokens_user_id").on("api_tokens").column("user_id").run()
    }
}
