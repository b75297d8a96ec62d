import SQLKit

/// Gives each search document the revision at which it was last written (the change counter's value, which
/// index writes move), so the in-memory search facts (`SearchFacts`) read only what changed since they last
/// looked. Existing documents start at 0; the first search reads them all.
struct AddSearchRevision: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.alter(table: "search_documents").column("revision", type: .bigint, .notNull, .default(0)).run()
        try await db.create(index: "search_documents_revision").on("search_documents").column("revision").run()
    }
}
