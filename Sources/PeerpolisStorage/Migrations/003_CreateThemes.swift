import SQLKit

struct CreateThemes: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "sdgs")
            .column("number", type: .int, .primaryKey(autoIncrement: false))
            .column("name", type: .text, .notNull)
            .run()
        try await db.create(table: "themes")
            .column("slug", type: .text, .primaryKey(autoIncrement: false))
            .column("name", type: .text, .notNull)
            .column("name_fr", type: .text)
            .column("parent_slug", type: .text, .references("themes", "slug", onDelete: .cascade))
            .column("description", type: .text, .notNull)
            .column("sdgs", type: .text, .notNull)
            .column("position", type: .int, .notNull)
            .timestamps()
            .run()
        try await db.create(index: "themes_parent_slug").on("themes").column("parent_slug").run()
    }
}
