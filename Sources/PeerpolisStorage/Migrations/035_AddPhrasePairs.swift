import SQLKit

/// PostgreSQL only: adds each document's phrase-pair tokens (see `PhrasePairs`) to its vector, a thousand
/// documents a statement. SQLite's FTS5 checks phrases from its own position lists: nothing to do there.
struct AddPhrasePairs: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        guard dialect == .postgres else { return }
        var lastID = Int.min
        while true {
            let rows = try await db.raw("""
                SELECT id, title, names, summary, body FROM search_documents WHERE id > \(bind: lastID) ORDER BY id LIMIT 1000
                """).all()
            guard !rows.isEmpty else { return }
            let values = try rows.map { row -> SQLQueryString in
                let pairs = PhrasePairs.vectorText(title: try row.string("title"), names: try row.string("names"),
                                                   summary: try row.string("summary"), body: try row.string("body"))
                return "(\(bind: try row.int("id")), \(bind: pairs))"
            }
            try await db.raw("UPDATE search_documents d SET tsv = d.tsv || v.pairs::tsvector FROM (VALUES "
                             + values.joined(separator: ", ") + ") AS v (id, pairs) WHERE d.id = v.id").run()
            lastID = try rows.last!.int("id")
        }
    }
}
