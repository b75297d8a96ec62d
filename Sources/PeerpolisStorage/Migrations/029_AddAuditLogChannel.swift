import SQLKit

/// How each write came: `channel` is `form`, `api` or `command-line`, and `token_id` the API token used
/// (its id only; the secret is never stored anywhere). Rows written before this are left NULL: the hub
/// did not record how they came, and guessing would make the log say something it does not know.
struct AddAuditLogChannel: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        // One column per statement: SQLite's ALTER TABLE adds a single column at a time.
        try await db.alter(table: "audit_log").column("channel", type: .text).run()
        // Tokens are revoked, not deleted, but one goes with its account; the log keeps the row.
        try await db.alter(table: "audit_log")
            .column("token_id", type: .bigint, .references("api_tokens", "id", onDelete: .setNull)).run()
    }
}
