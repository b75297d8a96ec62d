import SQLKit

/// PostgreSQL only: adds each document's two-letter-prefix tokens (see `ShortPrefixes`) to its vector. SQLite's
/// FTS5 has prefix indexes of its own: nothing to do there.
struct AddShortPrefixTokens: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        guard dialect == .postgres else { return }
        try await PostgresSearchEngine.appendToVectors(on: db, ShortPrefixes.vectorText)
    }
}
