import PeerpolisDomain
import SQLKit

/// What a cached rendering of a table's rows depends on: the row count and the newest `updated_at`. An
/// insert or a delete changes the count, an update the timestamp, so a cache keyed by this never serves
/// stale feeds, and reading it is one indexed aggregate instead of the whole list.
public struct DataVersion: Sendable, Hashable {
    public var count: Int
    /// ISO 8601 text of the newest change, or nil for an empty table.
    public var lastChange: String?

    /// Reads the version of `events` or `articles` (any table with `updated_at`).
    public static func of(_ table: String, on db: any SQLDatabase) async throws -> DataVersion {
        let row = try await db.select()
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .column(SQLFunction("MAX", args: SQLIdentifier("updated_at")), as: "changed")
            .from(table).first()
        return DataVersion(count: try row?.decode(column: "n", as: Int.self) ?? 0,
                           lastChange: try row?.decode(column: "changed", as: String?.self))
    }
}

extension Event {
    /// Up to `limit` events for a feed or calendar, the latest start first. Feeds are not pages, and a
    /// calendar may hold more than a page's 100 events.
    public static func fetchLatest(_ filter: EventFilter, today: Day, limit: Int,
                                   on db: any SQLDatabase) async throws -> [Event] {
        var query = db.select().column("*").from("events")
        for predicate in filter.predicates(today: today) { query = query.where(predicate) }
        let rows = try await query.orderBy("start_date", .descending).orderBy("id", .descending).limit(limit).all()
        return try await hydrate(try rows.map(Event.init(row:)), on: db)
    }
}

extension Article {
    /// Up to `limit` articles for a feed, newest first, undated ones last.
    public static func fetchLatest(_ filter: ArticleFilter, limit: Int, on db: any SQLDatabase) async throws -> [Article] {
        var query = db.select().column("*").from("articles")
        for predicate in filter.predicates { query = query.where(predicate) }
        let rows = try await query.orderBy(SQLRaw("CASE WHEN published_on IS NULL THEN 1 ELSE 0 END"))
            .orderBy("published_on", .descending).orderBy("id", .ascending).limit(limit).all()
        return try await hydrate(try rows.map(Article.init(row:)), on: db)
    }
}

/// How many writes the public tables have seen (see migration `CreateChangeCounter`): equal numbers mean
/// nothing a visitor can see has changed since, so a page built then can be served again.
public enum ChangeCounter {
    public static func current(on db: any SQLDatabase) async throws -> Int {
        try await db.raw("SELECT changes FROM change_counter WHERE id = 1").first()?.decode(column: "changes", as: Int.self) ?? 0
    }
}
