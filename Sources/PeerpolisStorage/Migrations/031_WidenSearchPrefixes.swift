import SQLKit

/// Adds FTS5 prefix indexes of four and five letters. Without them a prefix such as `inter*` merges the lists
/// of every word it starts, in each statement of a search (counting it took 9.5 ms, twenty snippets 164 ms);
/// with them it reads one list. They cost about a second more FTS work when cities500 is imported
/// (BENCHMARKS.md). PostgreSQL's GIN index has no prefix sizes: nothing to do there.
struct WidenSearchPrefixes: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        guard dialect == .sqlite else { return }
        try await db.raw("DROP TABLE search_fts").run()
        try await db.raw("""
            CREATE VIRTUAL TABLE search_fts USING fts5(title, names, summary, body, facets, \
            tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3 4 5')
            """).run()
        try await db.raw("""
            INSERT INTO search_fts (rowid, title, names, summary, body, facets) \
            SELECT id, title, names, summary, body, facet_tokens FROM search_documents
            """).run()
    }
}
