import SQLKit

/// PostgreSQL only: a second, small `tsvector` of each document's title, names (A) and summary (B), which
/// ranking reads instead of the whole one. `ts_rank_cd` on the whole vector, body positions included, cost
/// about 7 µs a match on the benchmark machine, more than finding the match; on this one, under 1 µs. The body
/// still finds documents (the whole vector and its index are unchanged), it no longer orders them.
struct AddRankVector: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        guard dialect == .postgres else { return }
        try await db.raw("ALTER TABLE search_documents ADD COLUMN tsv_rank tsvector NOT NULL DEFAULT ''::tsvector").run()
        try await db.raw("UPDATE search_documents SET tsv_rank = \(unsafeRaw: PostgresSearchEngine.rankVector)").run()
    }
}
