import PeerpolisDomain
import SQLKit

/// PostgreSQL full text: a weighted `tsvector` stored on each document (title and names A, summary B,
/// body C) built from `unaccent`ed text with the English configuration, a GIN index, and `ts_rank_cd`.
struct PostgresSearchEngine: SearchEngine {
    func store(_ documents: [(Int, SearchDocument)], on db: any SQLDatabase) async throws {
        try await db.raw("""
            UPDATE search_documents SET tsv = \
            setweight(to_tsvector('english', public.unaccent(title)), 'A') || \
            setweight(to_tsvector('english', public.unaccent(names)), 'A') || \
            setweight(to_tsvector('english', public.unaccent(summary)), 'B') || \
            setweight(to_tsvector('english', public.unaccent(body)), 'C') \
            WHERE id IN (\(binds: documents.map(\.0)))
            """).run()
    }

    func remove(_ ids: [Int], on db: any SQLDatabase) async throws {
        // The vector lives on the document row, which the caller deletes.
    }

    /// The tsquery text: words are folded to [a-z0-9], so no input can form tsquery syntax.
    static func expression(_ query: SearchQuery) -> String {
        func term(_ term: SearchQuery.Term) -> String {
            let words = term.words.map { $0 + (term.isPrefix ? ":*" : "") }
            let body = words.count > 1 ? "(" + words.joined(separator: " <-> ") + ")" : words[0]
            return term.isExcluded ? "!" + body : body
        }
        return query.terms.map(term).joined(separator: " & ")
    }

    func matches(_ query: SearchQuery) -> SQLQueryString {
        "FROM search_documents d WHERE d.tsv @@ to_tsquery('english', \(bind: Self.expression(query)))"
    }

    func hits(_ query: SearchQuery, filters: SQLQueryString, ranking: SQLQueryString, page: PageRequest,
              on db: any SQLDatabase) async throws -> [SearchHit] {
        let expression = Self.expression(query)
        let head: SQLQueryString = """
            SELECT d.id, d.entity_type, d.slug, d.title, d.country_code, d.year, ts_rank_cd(d.tsv, q) AS score \
            FROM search_documents d, to_tsquery('english', \(bind: expression)) q WHERE d.tsv @@ q
            """
        let tail: SQLQueryString = " ORDER BY " + ranking + ", score DESC, d.id LIMIT \(bind: page.size) OFFSET \(bind: page.offset)"
        let rows = try await db.raw(head + filters + tail).all()
        let ids = try rows.map { try $0.int("id") }
        // ts_headline is costly, so it runs in a second query on the page's rows only.
        var snippets: [Int: String] = [:]
        if !ids.isEmpty {
            let snippetRows = try await db.raw("""
                SELECT d.id, ts_headline('english', d.summary || ' ' || d.body, to_tsquery('english', \(bind: expression)), \
                'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=24, MinWords=10, MaxFragments=1') AS snippet \
                FROM search_documents d WHERE d.id IN (\(binds: ids))
                """).all()
            for row in snippetRows { snippets[try row.int("id")] = try row.optionalString("snippet") }
        }
        return try SearchIndex.hits(rows, snippets: snippets, higherIsBetter: true)
    }
}
