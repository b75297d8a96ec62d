import SQLKit

/// What a built `MatchIndex` depends on: the row count and newest `updated_at` of every table it reads.
///
/// An insert or delete changes a count and an edit a timestamp, so comparing two versions tells whether
/// the index is stale at the cost of one small aggregate per table. Join tables (members, themes,
/// transfers' places) carry no timestamps; they are written together with their owner row, whose count or
/// `updated_at` changes with them.
public struct MatchDataVersion: Sendable, Hashable {
    public var tables: [String: DataVersion]

    /// The tables the matching engine reads, partner-search posts included (their matches depend on them).
    public static let tableNames = ["places", "place_interests", "good_practices", "transfers", "networks",
                                    "cooperations", "pledges", "partner_search_posts"]

    /// Reads the current version.
    public static func current(on db: any SQLDatabase) async throws -> MatchDataVersion {
        var tables: [String: DataVersion] = [:]
        for table in tableNames { tables[table] = try await DataVersion.of(table, on: db) }
        return MatchDataVersion(tables: tables)
    }
}
