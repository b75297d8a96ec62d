import SQLKit

/// People who sign in. `email_key` is the address lowercased: the unique index on it makes
/// `Ana@City.eu` and `ana@city.eu` one account on both engines without a collation of their own.
struct CreateUsers: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "users")
            .idColumn()
            .column("email", type: .text, .notNull)
            .column("email_key", type: .text, .notNull, .unique)
            .column("display_name", type: .text, .notNull)
            .column("password_hash", type: .text, .notNull)
            // Failed sign-ins since `failed_since`; reaching the limit sets `locked_until`.
            .column("failed_sign_ins", type: .int, .notNull, .default(0))
            .column("failed_since", type: ColumnType.timestamp)
            .column("locked_until", type: ColumnType.timestamp)
            .timestamps()
            .run()
    }
}
