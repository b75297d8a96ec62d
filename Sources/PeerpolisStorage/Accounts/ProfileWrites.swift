import Foundation
import PeerpolisDomain
import SQLKit

/// Writes of the contribution workflows: a place's interests, its partner-search posts and its pledges'
/// progress. Callers run them inside a transaction together with the audit-log row.
extension PlaceInterest {
    /// Replaces every interest of a place with `interests`.
    public static func replaceAll(placeID: Int, with interests: [PlaceInterest], on db: any SQLDatabase) async throws {
        try await db.delete(from: "place_interests").where("place_id", .equal, placeID).run()
        for interest in interests {
            var row = interest
            row.placeID = placeID
            _ = try await insert(row, on: db)
        }
        // The place's own timestamp moves too, so caches keyed on places see the profile change.
        try await db.update("places").set("updated_at", to: timestampNow()).where("id", .equal, placeID).run()
    }
}

extension PartnerSearchPost {
    /// A slug not yet used by any post: the title's, then with `-2`, `-3`… appended.
    public static func freeSlug(for title: String, on db: any SQLDatabase) async throws -> String {
        try await FreeSlug.make(for: title, in: "partner_search_posts", fallback: "partner-search", on: db)
    }

    /// Saves the editable fields and themes of an existing post.
    public static func update(_ post: PartnerSearchPost, on db: any SQLDatabase) async throws {
        try await db.update("partner_search_posts")
            .set("title", to: post.title)
            .set("call_id", to: post.callID)
            .set("text", to: post.text)
            .set("closes_on", to: post.closes?.description)
            .set("updated_at", to: timestampNow())
            .where("id", .equal, post.id)
            .run()
        try await db.delete(from: "partner_search_post_themes").where("post_id", .equal, post.id).run()
        let links = Set(post.seeks).sorted().map { ($0, InterestDirection.need) }
            + Set(post.offers).sorted().map { ($0, InterestDirection.offer) }
        for (slug, direction) in links {
            try await db.insert(into: "partner_search_post_themes").columns("post_id", "theme_slug", "direction")
                .values(SQLBind(post.id), SQLBind(slug), SQLBind(direction.rawValue)).run()
        }
    }
}

extension Pledge {
    /// Adds a dated progress report to a pledge; the pledge's own timestamp moves with it.
    public static func addProgress(_ update: PledgeProgress, toPledge pledgeID: Int, on db: any SQLDatabase) async throws {
        try await insertProgress(update, pledgeID: pledgeID, on: db)
        try await db.update("pledges").set("updated_at", to: timestampNow()).where("id", .equal, pledgeID).run()
    }
}

/// Slugs for entities made through forms.
enum FreeSlug {
    /// Words the editors' own paths use after a collection (`/events/new`): a slug never takes one, or its
    /// page would be the editor's.
    static let reserved: Set<String> = ["new"]

    /// A slug not yet used in `table`: the title's (at most 60 characters), then with `-2`, `-3`… appended;
    /// `fallback` when the title has no letters or digits.
    static func make(for title: String, in table: String, fallback: String, on db: any SQLDatabase) async throws -> String {
        let stem = String(Slug.make(title).prefix(60))
        let base = stem.isEmpty ? fallback : stem
        let taken = Set(try await db.select().column("slug").from(table)
            .where("slug", .like, base + "%").all().map { try $0.string("slug") }).union(reserved)
        if !taken.contains(base) { return base }
        var number = 2
        while taken.contains("\(base)-\(number)") { number += 1 }
        return "\(base)-\(number)"
    }
}
