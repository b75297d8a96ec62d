import SQLKit

/// Drafts of a place's good practices and pledges belong to the place, so all its representatives can take
/// them up, as an organization's editors share the drafts of its events.
struct AddDraftPlace: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.alter(table: "drafts")
            .column("place_id", type: .bigint, .references("places", "id", onDelete: .cascade)).run()
        try await db.create(index: "drafts_place").on("drafts").column("place_id").run()
    }
}
