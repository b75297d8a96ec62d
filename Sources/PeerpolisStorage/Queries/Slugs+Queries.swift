import SQLKit

/// The slugs of every row of a content table, for the sitemap.
public enum Slugs {
    /// The tables whose rows have a page of their own.
    public enum Table: String, CaseIterable, Sendable {
        case places, organizations, networks, cooperations
        case practices = "good_practices"
        case events, articles, calls, pledges
    }

    /// Every slug of a table, in id order so the sitemap is stable.
    public static func fetchAll(_ table: Table, on db: any SQLDatabase) async throws -> [String] {
        try await db.select().column("slug").from(table.rawValue).orderBy("id").all().map { try $0.string("slug") }
    }
}
