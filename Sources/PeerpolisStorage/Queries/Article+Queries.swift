import PeerpolisDomain
import SQLKit

public struct ArticleFilter: Sendable, Hashable {
    public var themeSlug: String?
    public var kind: ArticleKind?
    public var year: Int?
    public var placeID: Int?
    public var countryCode: String?
    public var networkID: Int?
    public var organizationID: Int?
    public var eventID: Int?

    public init(themeSlug: String? = nil, kind: ArticleKind? = nil, year: Int? = nil, placeID: Int? = nil,
                countryCode: String? = nil, networkID: Int? = nil, organizationID: Int? = nil, eventID: Int? = nil) {
        self.themeSlug = themeSlug
        self.kind = kind
        self.year = year
        self.placeID = placeID
        self.countryCode = countryCode
        self.networkID = networkID
        self.organizationID = organizationID
        self.eventID = eventID
    }

    var predicates: [any SQLExpression] {
        var result: [any SQLExpression] = []
        if let themeSlug { result.append(Filter.theme(themeSlug, links: "article_themes", owner: "article_id")) }
        if let kind { result.append(Filter.equals("kind", kind.rawValue)) }
        if let year { result.append(Filter.year(year, column: "published_on")) }
        if let placeID {
            result.append(SQLQueryString("id IN (SELECT article_id FROM article_places WHERE place_id = \(bind: placeID))"))
        }
        if let countryCode {
            result.append(SQLQueryString("id IN (SELECT ap.article_id FROM article_places ap JOIN places p ON p.id = ap.place_id WHERE p.country_code = \(bind: countryCode))"))
        }
        if let networkID {
            result.append(SQLQueryString("id IN (SELECT article_id FROM article_networks WHERE network_id = \(bind: networkID))"))
        }
        if let organizationID {
            result.append(SQLQueryString("id IN (SELECT article_id FROM article_organizations WHERE organization_id = \(bind: organizationID))"))
        }
        if let eventID {
            result.append(SQLQueryString("id IN (SELECT article_id FROM article_events WHERE event_id = \(bind: eventID))"))
        }
        return result
    }
}

extension Article {
    init(row: any SQLRow) throws {
        self.init(id: try row.int("id"), slug: try row.string("slug"), title: try row.string("title"),
                  kind: try row.enumValue("kind", as: ArticleKind.self), authors: try row.stringList("authors"),
                  publishedOn: try row.optionalDay("published_on"), summary: try row.string("summary"),
                  body: try row.string("body"), statedReadingMinutes: try row.optionalInt("stated_reading_minutes"))
    }

    public static func insert(_ article: Article, on db: any SQLDatabase) async throws -> Article {
        let now = timestampNow()
        let row = try await db.insert(into: "articles")
            .columns("slug", "title", "kind", "authors", "published_on", "summary", "body", "reading_minutes",
                     "stated_reading_minutes", "created_at", "updated_at")
            .values(SQLBind(article.slug), SQLBind(article.title), SQLBind(article.kind.rawValue),
                    SQLBind(jsonText(article.authors)), SQLBind(article.publishedOn?.description), SQLBind(article.summary),
                    SQLBind(article.body), SQLBind(article.readingMinutes), SQLBind(article.statedReadingMinutes),
                    SQLBind(now), SQLBind(now))
            .returning("id").first()
        var saved = article
        saved.id = try row?.int("id") ?? 0
        let id = saved.id
        try await Links.insertThemes(article.themeSlugs, table: "article_themes", owner: "article_id", id: id, on: db)
        try await Links.insertTargets(article.placeIDs, table: "article_places", owner: "article_id", target: "place_id", id: id, on: db)
        try await Links.insertTargets(article.networkIDs, table: "article_networks", owner: "article_id", target: "network_id", id: id, on: db)
        try await Links.insertTargets(article.organizationIDs, table: "article_organizations", owner: "article_id", target: "organization_id", id: id, on: db)
        try await Links.insertTargets(article.eventIDs, table: "article_events", owner: "article_id", target: "event_id", id: id, on: db)
        saved.themeSlugs = article.themeSlugs.sorted()
        let country = try await SearchDocuments.country(of: article.placeIDs, on: db)
        try await SearchIndex.index([SearchDocuments.of(saved, country: country)], on: db)
        return saved
    }

    static func hydrate(_ articles: [Article], on db: any SQLDatabase) async throws -> [Article] {
        let ids = articles.map(\.id)
        let themes = try await Links.themes(table: "article_themes", owner: "article_id", ids: ids, on: db)
        let places = try await Links.targets(table: "article_places", owner: "article_id", target: "place_id", ids: ids, on: db)
        let networks = try await Links.targets(table: "article_networks", owner: "article_id", target: "network_id", ids: ids, on: db)
        let organizations = try await Links.targets(table: "article_organizations", owner: "article_id", target: "organization_id", ids: ids, on: db)
        let events = try await Links.targets(table: "article_events", owner: "article_id", target: "event_id", ids: ids, on: db)
        return articles.map { article in
            var full = article
            full.themeSlugs = themes[article.id] ?? []
            full.placeIDs = places[article.id] ?? []
            full.networkIDs = networks[article.id] ?? []
            full.organizationIDs = organizations[article.id] ?? []
            full.eventIDs = events[article.id] ?? []
            return full
        }
    }

    public static func fetchOne(slug: String, on db: any SQLDatabase) async throws -> Article? {
        guard let row = try await db.select().column("*").from("articles").where("slug", .equal, SQLBind(slug)).first()
        else { return nil }
        return try await hydrate([Article(row: row)], on: db).first
    }

    /// Newest first; undated articles last.
    public static func fetchPage(_ filter: ArticleFilter, page: PageRequest,
                                 on db: any SQLDatabase) async throws -> Page<Article> {
        var result = try await db.fetchPage(
            "articles", where: filter.predicates,
            orderBy: [SQLOrderBy(expression: SQLRaw("CASE WHEN published_on IS NULL THEN 1 ELSE 0 END"), direction: SQLDirection.ascending),
                      SQLOrderBy(expression: SQLIdentifier("published_on"), direction: SQLDirection.descending),
                      SQLOrderBy(expression: SQLIdentifier("id"), direction: SQLDirection.ascending)],
            page: page, decode: Article.init(row:))
        result.items = try await hydrate(result.items, on: db)
        return result
    }

    public static func fetchAll(_ filter: ArticleFilter, on db: any SQLDatabase) async throws -> [Article] {
        try await fetchPage(filter, page: PageRequest(number: 1, size: PageRequest.maximumSize), on: db).items
    }

    public static func fetchCount(on db: any SQLDatabase) async throws -> Int {
        try await db.count("articles", where: [])
    }
}
