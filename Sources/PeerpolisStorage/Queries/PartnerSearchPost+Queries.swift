import PeerpolisDomain
import SQLKit

extension PartnerSearchPost {
    init(row: any SQLRow) throws {
        self.init(id: try row.int("id"), slug: try row.string("slug"), placeID: try row.int("place_id"),
                  title: try row.string("title"), seeks: [], offers: [], callID: try row.optionalInt("call_id"),
                  text: try row.string("text"), published: try row.day("published_on"),
                  closes: try row.optionalDay("closes_on"))
    }

    /// Inserts a post with the themes it seeks and offers; returns it with its new id.
    public static func insert(_ post: PartnerSearchPost, on db: any SQLDatabase) async throws -> PartnerSearchPost {
        let now = timestampNow()
        let row = try await db.insert(into: "partner_search_posts")
            .columns("slug", "place_id", "title", "call_id", "text", "published_on", "closes_on", "created_at", "updated_at")
            .values(SQLBind(post.slug), SQLBind(post.placeID), SQLBind(post.title), SQLBind(post.callID),
                    SQLBind(post.text), SQLBind(post.published.description), SQLBind(post.closes?.description),
                    SQLBind(now), SQLBind(now))
            .returning("id").first()
        var saved = post
        saved.id = try row?.int("id") ?? 0
        let links = Set(post.seeks).sorted().map { ($0, InterestDirection.need) }
            + Set(post.offers).sorted().map { ($0, InterestDirection.offer) }
        if !links.isEmpty {
            var insert = db.insert(into: "partner_search_post_themes").columns("post_id", "theme_slug", "direction")
            for (slug, direction) in links {
                insert = insert.values(SQLBind(saved.id), SQLBind(slug), SQLBind(direction.rawValue))
            }
            try await insert.run()
        }
        saved.seeks = Set(post.seeks).sorted()
        saved.offers = Set(post.offers).sorted()
        return saved
    }

    /// Adds the seek and offer themes to posts read from their table.
    static func hydrate(_ posts: [PartnerSearchPost], on db: any SQLDatabase) async throws -> [PartnerSearchPost] {
        guard !posts.isEmpty else { return [] }
        var seeks: [Int: [String]] = [:], offers: [Int: [String]] = [:]
        let rows = try await db.select().columns("post_id", "theme_slug", "direction").from("partner_search_post_themes")
            .where("post_id", .in, SQLBind.group(posts.map(\.id))).orderBy("theme_slug").all()
        for row in rows {
            let id = try row.int("post_id"), slug = try row.string("theme_slug")
            switch try row.enumValue("direction", as: InterestDirection.self) {
            case .need: seeks[id, default: []].append(slug)
            case .offer: offers[id, default: []].append(slug)
            }
        }
        return posts.map { post in
            var full = post
            full.seeks = seeks[post.id] ?? []
            full.offers = offers[post.id] ?? []
            return full
        }
    }

    public static func fetchOne(slug: String, on db: any SQLDatabase) async throws -> PartnerSearchPost? {
        guard let row = try await db.select().column("*").from("partner_search_posts")
            .where("slug", .equal, SQLBind(slug)).first() else { return nil }
        return try await hydrate([PartnerSearchPost(row: row)], on: db).first
    }

    /// Every post, newest first. Posts are few (each is written by hand), so the list is read whole: the
    /// matcher compares every post with every other.
    public static func fetchAll(on db: any SQLDatabase) async throws -> [PartnerSearchPost] {
        let rows = try await db.select().column("*").from("partner_search_posts")
            .orderBy("published_on", .descending).orderBy("id", .descending).all()
        return try await hydrate(try rows.map(PartnerSearchPost.init(row:)), on: db)
    }

    public static func fetchCount(on db: any SQLDatabase) async throws -> Int {
        try await db.count("partner_search_posts", where: [])
    }
}
