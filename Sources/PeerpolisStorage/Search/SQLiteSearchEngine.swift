import Foundation
import PeerpolisDomain
import SQLKit

/// SQLite FTS5: a separate `search_fts` table whose rowids are `search_documents` ids, ranked by BM25 with
/// column weights (title and names above summary above body). Hidden tokens live in the `facets` column;
/// a query word that could reach them is confined to the four text columns.
struct SQLiteSearchEngine: SearchEngine {
    /// Scoring a match costs FTS5 about 2 µs: a thousand keep a broad search near 3 ms.
    let sampleSize = 1_000

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

    /// Ranked by `peerpolis_rank` (see `SQLiteRanking`), given the included terms' rarities. The rows come back
    /// packed in one text value, a score in millionths after each id: a row each cost more to read than the
    /// FTS5 work that found them. A materialized subquery keeps the ranking function in the FTS5 scan, where it
    /// must run, and out of the aggregate.
    func scored(_ match: SearchMatch, context: ScoringContext, on db: any SQLDatabase) async throws -> [(id: Int, score: Double)] {
        var sql: SQLQueryString = "WITH s AS MATERIALIZED (SELECT rowid AS id, \(unsafeRaw: SQLiteRanking.functionName)(search_fts"
        for rarity in try await Self.rarities(match.query.included, context: context, on: db) { sql += ", \(bind: rarity)" }
        sql += ") AS score FROM search_fts WHERE search_fts MATCH \(bind: Self.expression(match))) "
        sql += "SELECT group_concat(id || ' ' || CAST(round(score * 1000000) AS INTEGER), ' ') AS packed FROM s"
        return SearchScores.unpacked(try await db.raw(sql).first()?.optionalString("packed") ?? "")
    }

    /// Each term's inverse document frequency (the form that stays positive for terms in most documents). A
    /// lone term's is 1: it would scale every score alike. A term's document count is taken on the finest
    /// sample that still holds about a thousand documents (all of them in a small index), for all the query's
    /// new terms in one statement, and kept: a common word is counted once, not once per search. A term too
    /// rare to show in the sample counts as half of what the sample could show.
    static func rarities(_ terms: [SearchQuery.Term], context: ScoringContext, on db: any SQLDatabase) async throws -> [Double] {
        guard terms.count > 1 else { return terms.map { _ in 1 } }
        let keys = terms.map(quoted)
        var counts = await context.cache.termCounts(keys, indexed: context.indexed)
        let missing = zip(terms, keys).filter { counts[$0.1] == nil }
        if !missing.isEmpty {
            var level = 0
            while context.indexed >> (level + 1) >= 1_000 && level < SearchTokens.deepestSample { level += 1 }
            var sql: SQLQueryString = "SELECT "
            for (index, (term, _)) in missing.enumerated() {
                var alone = SearchQuery("")
                alone.terms = [term]
                let sampled = SearchMatch(alone, requiredTokens: level > 0 ? [SearchTokens.sample(level)] : [])
                sql += (index > 0 ? ", " : "") + "(SELECT COUNT(*) FROM search_fts WHERE search_fts MATCH \(bind: expression(sampled))) AS n\(unsafeRaw: String(index))"
            }
            let row = try await db.raw(sql).first()
            var found: [String: Int] = [:]
            for (index, (_, key)) in missing.enumerated() {
                let inSample = try row?.int("n\(index)") ?? 0
                found[key] = inSample > 0 || level == 0 ? inSample << level : 1 << (level - 1)
            }
            await context.cache.remember(found, indexed: context.indexed)
            counts.merge(found) { $1 }
        }
        let total = Double(max(context.indexed, 1))
        return keys.map { key in
            let documents = min(Double(counts[key] ?? 0), total)
            return log(1 + (total - documents + 0.5) / (documents + 0.5))
        }
    }

    func matching(_ ids: [Int], _ match: SearchMatch, on db: any SQLDatabase) async throws -> Set<Int> {
        guard !ids.isEmpty else { return [] }
        return Set(try await db.raw("""
            SELECT rowid AS id FROM search_fts WHERE search_fts MATCH \(bind: Self.expression(match)) AND \(Self.among(ids, match.query))
            """).all().map { try $0.int("id") })
    }

    /// The condition that keeps the rows `ids` of a match (the name matches a query must also match). FTS5
    /// answers `rowid IN (…)` by running the match once per id: cheap for whole words, but a prefix term merges
    /// the lists of every word it starts again each time (20 rows of `inter*` took 164 ms). With a prefix, the
    /// match runs once over the ids' range and the ids are checked outside FTS5 (`+rowid` is an expression, not
    /// a constraint FTS5 is offered): 7 ms.
    static func among(_ ids: [Int], _ query: SearchQuery) -> SQLQueryString {
        guard query.terms.contains(where: \.isPrefix), let low = ids.min(), let high = ids.max() else {
            return "rowid IN (\(binds: ids))"
        }
        return "rowid BETWEEN \(bind: low) AND \(bind: high) AND +rowid IN (\(binds: ids))"
    }
}
