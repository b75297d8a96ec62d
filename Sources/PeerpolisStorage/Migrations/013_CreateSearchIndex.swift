import SQLKit

/// The search index: one row per public entity in `search_documents`, with its themes for facets, and the
/// engine's own full-text structure: an FTS5 table on SQLite, a weighted `tsvector` with a GIN index on
/// PostgreSQL.
struct CreateSearchIndex: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "search_documents")
            .idColumn()
            .column("entity_type", type: .text, .notNull)
            .column("entity_id", type: .bigint, .notNull)
            .column("slug", type: .text, .notNull)
            .column("title", type: .text, .notNull)
            // The title folded to lowercase ASCII words, for exact and prefix name matches and suggestions.
            .column("title_folded", type: .text, .notNull)
            .column("names", type: .text, .notNull)
            .column("summary", type: .text, .notNull)
            .column("body", type: .text, .notNull)
            .column("country_code", type: .text)
            .column("year", type: .int)
            .column("status", type: .text)
            .column("date", type: ColumnType.day)
            .column("population", type: .bigint)
            .unique("entity_type", "entity_id")
            .run()
        try await db.create(index: "search_documents_type").on("search_documents").column("entity_type").run()
        try await db.create(index: "search_documents_country").on("search_documents").column("country_code").run()
        try await db.create(table: "search_document_themes")
            .column("document_id", type: .bigint, .notNull, .references("search_documents", "id", onDelete: .cascade))
            .column("theme_slug", type: .text, .notNull)
            .primaryKey(["document_id", "theme_slug"])
            .run()
        try await db.create(index: "search_document_themes_theme").on("search_document_themes").column("theme_slug").run()

        switch dialect {
        case .sqlite:
            // porter: English stemming; unicode61 remove_diacritics 2: accent-insensitive tokens;
            // prefix indexes of 2 and 3 letters make short prefixes (`ma*`) cheap; each size adds index work
            // to every insert, so there are only two.
            try await db.raw("""
                CREATE VIRTUAL TABLE search_fts USING fts5(title, names, summary, body, \
                tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3')
                """).run()
            try await db.raw("CREATE INDEX search_documents_title_folded ON search_documents (title_folded, population)").run()
        case .postgres:
            // unaccent lives in public so every schema (tests use one each) reaches it by a qualified name. The
            // lock makes concurrent first migrations take turns: IF NOT EXISTS alone still races on the catalog.
            try await db.raw("SELECT pg_advisory_xact_lock(7355608)").run()
            try await db.raw("CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public").run()
            try await db.raw("ALTER TABLE search_documents ADD COLUMN tsv tsvector NOT NULL DEFAULT ''::tsvector").run()
            try await db.raw("CREATE INDEX search_documents_tsv ON search_documents USING GIN (tsv)").run()
            try await db.raw("CREATE INDEX search_documents_title_folded ON search_documents (title_folded COLLATE \"C\", population)").run()
        }
    }
}
