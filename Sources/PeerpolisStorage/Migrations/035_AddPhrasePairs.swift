import SQLKit

/// PostgreSQL only: adds each document's phrase-pair tokens (see `PhrasePairs`) to its vector. SQLite's FTS5
/// checks phrases from its own position lists: nothing to do there.
struct AddPhrasePairs: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        guard dialect == .postgres else { return }
        try await PostgresSearchEngine.appendToVectors(on: db, PhrasePairs.vectorText)
    }
}
