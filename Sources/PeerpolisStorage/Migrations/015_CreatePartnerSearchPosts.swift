import SQLKit

/// A place's public post saying what it seeks and offers, optionally for a call.
struct CreatePartnerSearchPosts: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "partner_search_posts")
            .idColumn()
            .slugColumn()
            .column("place_id", type: .bigint, .notNull, .references("places", "id", onDelete: .cascade))
            .column("title", type: .text, .notNull)
            .column("call_id", type: .bigint, .references("calls", "id", onDelete: .setNull))
            .column("text", type: .text, .notNull)
            .column("published_on", type: ColumnType.day, .notNull)
            .column("closes_on", type: ColumnType.day)
            .timestamps()
            .run()
        try await db.create(index: "partner_search_posts_place_id").on("partner_search_posts").column("place_id").run()
        // One join table for both directions: a post may seek and offer the same theme (peer learning).
        try await db.create(table: "partner_search_post_themes")
            .column("post_id", type: .bigint, .notNull, .references("partner_search_posts", "id", onDelete: .cascade))
            .column("theme_slug", type: .text, .notNull, .references("themes", "slug", onDelete: .cascade))
            .column("direction", type: .text, .notNull)
            .primaryKey(["post_id", "theme_slug", "direction"])
            .run()
        try await db.create(index: "partner_search_post_themes_theme_slug").on("partner_search_post_themes")
            .column("theme_slug").run()
    }
}
