import SQLKit

/// Drafts of entities, private until published: see `Draft`.
struct CreateDrafts: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "drafts")
            .idColumn()
            .column("entity", type: .text, .notNull)
            .column("entity_id", type: .bigint)
            .column("organization_id", type: .bigint, .references("organizations", "id", onDelete: .cascade))
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            .column("title", type: .text, .notNull)
            .column("fields", type: .text, .notNull)
            .timestamps()
            .run()
        try await db.create(index: "drafts_organization").on("drafts").column("organization_id").run()
    }
}
