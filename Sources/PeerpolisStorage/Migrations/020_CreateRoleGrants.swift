import SQLKit

/// What each account may do. A role is scoped by the column it needs: an organization for its editors, a
/// place for its representatives, themes (JSON list) for experts; administrators and members need none.
struct CreateRoleGrants: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "role_grants")
            .idColumn()
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            .column("role", type: .text, .notNull)
            .column("organization_id", type: .bigint, .references("organizations", "id", onDelete: .cascade))
            .column("place_id", type: .bigint, .references("places", "id", onDelete: .cascade))
            .column("themes", type: .text, .notNull, .default("[]"))
            .column("granted_by", type: .bigint, .references("users", "id", onDelete: .setNull))
            .column("created_at", type: ColumnType.timestamp, .notNull)
            .run()
        try await db.create(index: "role_grants_user_id").on("role_grants").column("user_id").run()
    }
}
