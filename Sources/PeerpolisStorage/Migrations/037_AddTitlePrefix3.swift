import SQLKit

/// PostgreSQL only: an index of titles by their first three folded letters, largest place first, for
/// suggestions and prefix name matches of three letters or more (see `TitleIndexSQL.startingWith`). SQLite's
/// planner walks the two-letter index for those without help.
struct AddTitlePrefix3: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        guard dialect == .postgres else { return }
        try await db.raw("""
            CREATE INDEX search_documents_prefix3 ON search_documents \
            ((substr(title_folded, 1, 3) COLLATE "C"), population DESC NULLS LAST, title_folded COLLATE "C", entity_type)
            """).run()
    }
}
