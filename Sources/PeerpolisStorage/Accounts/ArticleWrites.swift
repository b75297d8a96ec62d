import Foundation
import PeerpolisDomain
import SQLKit

/// Writes of articles made through the organizations' forms. Callers run them in a transaction with the
/// audit-log row; each keeps the search index in step.
extension Article {
    /// A slug no article uses yet, from the title.
    public static func freeSlug(for title: String, on db: any SQLDatabase) async throws -> String {
        try await FreeSlug.make(for: title, in: "articles", fallback: "article", on: db)
    }

    /// Saves every editable field and every link of an existing article; its slug stays.
    public static func update(_ article: Article, on db: any SQLDatabase) async throws {
        try await db.update("articles")
            .set("title", to: article.title).set("kind", to: article.kind.rawValue)
            .set("authors", to: jsonText(article.authors)).set("published_on", to: article.publishedOn?.description)
            .set("summary", to: article.summary).set("body", to: article.body)
            .set("reading_minutes", to: article.readingMinutes).set("updated_at", to: timestampNow())
            .where("id", .equal, article.id)
            .run()
        let id = article.id
        for table in ["article_themes", "article_places", "article_networks", "article_organizations", "article_events"] {
            try await db.delete(from: table).where("article_id", .equal, id).run()
        }
        try await Links.insertThemes(article.themeSlugs, table: "article_themes", owner: "article_id", id: id, on: db)
        try await Links.insertTargets(article.placeIDs, table: "article_places", owner: "article_id", target: "place_id", id: id, on: db)
        try await Links.insertTargets(article.networkIDs, table: "article_networks", owner: "article_id", target: "network_id", id: id, on: db)
        try await Links.insertTargets(article.organizationIDs, table: "article_organizations", owner: "article_id",
                                      target: "organization_id", id: id, on: db)
        try await Links.insertTargets(article.eventIDs, table: "article_events", owner: "article_id", target: "event_id", id: id, on: db)
        let country = try await SearchDocuments.country(of: article.placeIDs, on: db)
        try await SearchIndex.index([SearchDocuments.of(article, country: country)], on: db)
    }

    public static func fetchOne(id: Int, on db: any SQLDatabase) async throws -> Article? {
        guard let row = try await db.select().column("*").from("articles").where("id", .equal, SQLBind(id)).first() else {
            return nil
        }
        return try await hydrate([Article(row: row)], on: db).first
    }

    /// Deletes an article and takes it out of the search index; its links go with it (the foreign keys cascade).
    public static func delete(id: Int, on db: any SQLDatabase) async throws {
        try await SearchIndex.remove(.article, entityID: id, on: db)
        try await db.delete(from: "articles").where("id", .equal, id).run()
    }
}
