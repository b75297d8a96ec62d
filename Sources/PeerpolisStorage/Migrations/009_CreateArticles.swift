import SQLKit

struct CreateArticles: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "articles")
            .idColumn()
            .slugColumn()
            .column("title", type: .text, .notNull)
            .column("kind", type: .text, .notNull)
            .column("authors", type: .text, .notNull)
            .column("published_on", type: ColumnType.day)
            .column("summary", type: .text, .notNull)
            .column("body", type: .text, .notNull)
            .column("reading_minutes", type: .int, .notNull)
            .column("stated_reading_minutes", type: .int)
            .timestamps()
            .run()
        try await db.create(index: "articles_published_on").on("articles").column("published_on").run()
        try await db.createThemeLinks(table: "article_themes", owner: "article_id", ownerTable: "articles")
        try await db.createLinks(table: "article_places", owner: "article_id", ownerTable: "articles",
                                 target: "place_id", targetTable: "places")
        try await db.createLinks(table: "article_networks", owner: "article_id", ownerTable: "articles",
                                 target: "network_id", targetTable: "networks")
        try await db.createLinks(table: "article_organizations", owner: "article_id", ownerTable: "articles",
                                 target: "organization_id", targetTable: "organizations")
        try await db.createLinks(table: "article_events", owner: "article_id", ownerTable: "articles",
                                 target: "event_id", targetTable: "events")
    }
}
