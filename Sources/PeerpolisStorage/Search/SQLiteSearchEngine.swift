import PeerpolisDomain
import SQLKit

/// SQLite FTS5: a separate `search_fts` table whose rowids are `search_documents` ids, ranked by BM25 with
/// column weights (title and names above summary above body). Hidden tokens live in the `facets` column;
/// a query word that could reach them is confined to the four text columns.
struct SQLiteSearchEngine: SearchEngine {
    func store(_ documents: [(Int, SearchDocument)], on db: any SQLDatabase) async throws {
        let ids = documents.map(\.0)
        try await remove(ids, on: db)
        // The text is already in search_documents: copy it rather than bind it all again.
        try await db.raw("""
            INSERT INTO search_fts (rowid, title, names, summary, body, facets) \
            SELECT id, title, names, summary, body, facet_tokens FROM search_documents WHERE id IN (\(binds: ids))
            """).run()
    }

    func remove(_ ids: [Int], on db: any SQLDatabase) async throws {
        guard !ids.isEmpty else { return }
        try await db.raw("DELETE FROM search_fts WHERE rowid IN (\(binds: ids))").run()
    }

    /// The words of a query: each quoted (words are folded to [a-z0-9], so quoting is all the escaping needed).
    static func quoted(_ term: SearchQuery.Term) -> String {
        "\"\(term.words.joined(separator: " "))\"" + (term.isPrefix ? "*" : "")
    }

    static func words(_ query: SearchQuery) -> String {
        let included = query.included.map(quoted).joined(separator: " AND ")
        return included + query.excluded.map { " NOT " + quoted($0) }.joined()
    }

    /// The whole FTS5 expression of a match.
    static func expression(_ match: SearchMatch) -> String {
        let text = match.mayReachHiddenTokens ? "{title names summary body} : (\(words(match.query)))" : "(\(words(match.query)))"
        guard !match.requiredTokens.isEmpty else { return text }
        return text + " AND {facets} : (" + match.requiredTokens.map { "\"\($0)\"" }.joined(separator: " AND ") + ")"
    }

    func count(_ match: SearchMatch, on db: any SQLDatabase) async throws -> Int {
        try await db.raw("SELECT COUNT(*) AS n FROM search_fts WHERE search_fts MATCH \(bind: Self.expression(match))")
            .first()?.int("n") ?? 0
    }

    /// Ranked by `peerpolis_rank` (see `SQLiteRanking`), given the included terms' texts to key their document
    /// counts. The rows come back packed in one text value, a score in millionths after each id: a row each
    /// cost more to read than the FTS5 work that found them. A materialized subquery keeps the ranking function
    /// in the FTS5 scan, where it must run, and out of the aggregate.
    func scored(_ match: SearchMatch, on db: any SQLDatabase) async throws -> [(id: Int, score: Double)] {
        let keys = match.query.included.map(Self.quoted)
        var sql: SQLQueryString = "WITH s AS MATERIALIZED (SELECT rowid AS id, \(unsafeRaw: SQLiteRanking.functionName)(search_fts"
        for key in keys { sql += ", \(bind: key)" }
        sql += ") AS score FROM search_fts WHERE search_fts MATCH \(bind: Self.expression(match))) "
        sql += "SELECT group_concat(id || ' ' || CAST(round(score * 1000000) AS INTEGER), ' ') AS packed FROM s"
        return SearchScores.unpacked(try await db.raw(sql).first()?.optionalString("packed") ?? "")
    }

    func matching(_ ids: [Int], _ match: SearchMatch, on db: any SQLDatabase) async throws -> Set<Int> {
        guard !ids.isEmpty else { return [] }
        return Set(try await db.raw("""
            SELECT rowid AS id FROM search_fts WHERE search_fts MATCH \(bind: Self.expression(match)) AND \(Self.among(ids, match.query))
            """).all().map { try $0.int("id") })
    }

    /// The condition that keeps the rows `ids` of a match. FTS5 answers `rowid IN (…)` by running the match once
    /// per id: cheap for whole words, but a prefix term merges the lists of every word it starts again each time
    /// (20 snippets of `inter*` took 164 ms). With a prefix, the match runs once over the ids' range and the ids
    /// are checked outside FTS5 (`+rowid` is an expression, not a constraint FTS5 is offered): 7 ms.
    static func among(_ ids: [Int], _ query: SearchQuery) -> SQLQueryString {
        guard query.terms.contains(where: \.isPrefix), let low = ids.min(), let high = ids.max() else {
            return "rowid IN (\(binds: ids))"
        }
        return "rowid BETWEEN \(bind: low) AND \(bind: high) AND +rowid IN (\(binds: ids))"
    }
}
