import SQLKit

/// Gives every search document its hidden facet and sampling tokens (see `SearchTokens`) and a two-letter
/// title prefix for suggestions, drops the type and country indexes that filters no longer use, then rebuilds
/// the engine's full text with the tokens: a `facets` column in FTS5, extra lexemes in PostgreSQL's `tsvector`.
struct AddSearchTokens: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.alter(table: "search_documents")
            .column("facet_tokens", type: .text, .notNull, .default(""))
            .run()
        try await db.alter(table: "search_documents").column("title_prefix", type: .text).run()
        try await db.raw("UPDATE search_documents SET title_prefix = substr(title_folded, 1, 2)").run()
        try await SearchIndex.writeFacetTokens(on: db)
        // Filters are full-text tokens now: nothing reads these two any more, and every insert wrote them.
        try await db.drop(index: "search_documents_type").run()
        try await db.drop(index: "search_documents_country").run()

        switch dialect {
        case .sqlite:
            // Suggestions and name matches walk one prefix's titles in population order and stop at the limit;
            // the folded title and type in the index spare a table read for each title passed over.
            try await db.raw("""
                CREATE INDEX search_documents_prefix ON search_documents \
                (title_prefix, population DESC, title_folded, entity_type)
                """).run()
            // Prefix indexes of four and five letters would make such prefixes six times faster ("inter*":
            // 16 ms to count instead of 2.6 ms) but slow every write; BENCHMARKS.md weighs it.
            try await db.raw("DROP TABLE search_fts").run()
            try await db.raw("""
                CREATE VIRTUAL TABLE search_fts USING fts5(title, names, summary, body, facets, \
                tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3')
                """).run()
            try await db.raw("""
                INSERT INTO search_fts (rowid, title, names, summary, body, facets) \
                SELECT id, title, names, summary, body, facet_tokens FROM search_documents
                """).run()
        case .postgres:
            try await db.raw("""
                CREATE INDEX search_documents_prefix ON search_documents \
                (title_prefix COLLATE "C", population DESC NULLS LAST, title_folded COLLATE "C", entity_type)
                """).run()
            try await db.raw("""
                UPDATE search_documents SET tsv = tsv || regexp_replace(facet_tokens, '(\\S+)', '\\1:1', 'g')::tsvector \
                WHERE facet_tokens <> ''
                """).run()
        }
    }
}
