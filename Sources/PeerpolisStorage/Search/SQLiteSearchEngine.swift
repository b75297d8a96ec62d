import PeerpolisDomain
import SQLKit

/// SQLite FTS5: a separate `search_fts` table whose rowids are `search_documents` ids, ranked by BM25 with
/// column weights (title and names above summary above body).
struct SQLiteSearchEngine: SearchEngine {
    func store(_ documents: [(Int, SearchDocument)], on db: any SQLDatabase) async throws {
        let ids = documents.map(\.0)
        try await remove(ids, on: db)
        // The text is already in search_documents: copy it rather than bind it all again.
        try await db.raw("""
            INSERT INTO search_fts (rowid, title, names, summary, body) \
            SELECT id, title, names, summary, body FROM search_documents WHERE id IN (\(binds: ids))
            """).run()
    }

    func remove(_ ids: [Int], on db: any SQLDatabase) async throws {
        guard !ids.isEmpty else { return }
        try await db.raw("DELETE FROM search_fts WHERE rowid IN (\(binds: ids))").run()
    }

    /// The FTS5 query: every word quoted (words are folded to [a-z0-9], so quoting is all the escaping needed).
    static func expression(_ query: SearchQuery) -> String {
        func quoted(_ term: SearchQuery.Term) -> String {
            "\"\(term.words.joined(separator: " "))\"" + (term.isPrefix ? "*" : "")
        }
        let included = query.included.map(quoted).joined(separator: " AND ")
        let excluded = query.excluded.map { " NOT " + quoted($0) }.joined()
        return included + excluded
    }

    /// Driven from the FTS match, joined to the documents by rowid.
    func matches(_ query: SearchQuery) -> SQLQueryString {
        "FROM (SELECT rowid AS id FROM search_fts WHERE search_fts MATCH \(bind: Self.expression(query))) f JOIN search_documents d ON d.id = f.id WHERE 1 = 1"
    }

    func hits(_ query: SearchQuery, filters: SQLQueryString, ranking: SQLQueryString, page: PageRequest,
              on db: any SQLDatabase) async throws -> [SearchHit] {
        let expression = Self.expression(query)
        let head: SQLQueryString = """
            SELECT d.id, d.entity_type, d.slug, d.title, d.country_code, d.year, f.score \
            FROM (SELECT rowid AS id, bm25(search_fts, 10.0, 10.0, 4.0, 1.0) AS score FROM search_fts \
            WHERE search_fts MATCH \(bind: expression)) f JOIN search_documents d ON d.id = f.id WHERE 1 = 1
            """
        let tail: SQLQueryString = " ORDER BY " + ranking + ", f.score, d.id LIMIT \(bind: page.size) OFFSET \(bind: page.offset)"
        let rows = try await db.raw(head + filters + tail).all()
        let ids = try rows.map { try $0.int("id") }
        var snippets: [Int: String] = [:]
        if !ids.isEmpty {
            let snippetRows = try await db.raw("""
                SELECT rowid AS id, snippet(search_fts, -1, char(1), char(2), '…', 18) AS snippet FROM search_fts \
                WHERE search_fts MATCH \(bind: expression) AND rowid IN (\(binds: ids))
                """).all()
            for row in snippetRows { snippets[try row.int("id")] = try row.optionalString("snippet") }
        }
        return try SearchIndex.hits(rows, snippets: snippets, higherIsBetter: false)
    }
}
