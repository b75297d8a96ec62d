import SQLKit

/// Applications to calls and their partner places. Private: they hold who applied and the reviewers'
/// notes, so they stay out of the public dump and of the public change counter.
struct CreateCallApplications: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "call_applications")
            .idColumn()
            .column("call_id", type: .bigint, .notNull, .references("calls", "id", onDelete: .cascade))
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            .column("lead_place_id", type: .bigint, .notNull, .references("places", "id"))
            .column("proposal", type: .text, .notNull)
            .column("status", type: .text, .notNull)
            .column("review_note", type: .text, .notNull, .default(""))
            .timestamps()
            .run()
        try await db.create(index: "call_applications_call").on("call_applications").column("call_id").run()
        try await db.create(index: "call_applications_user").on("call_applications").column("user_id").run()
        try await db.create(table: "call_application_partners")
            .column("application_id", type: .bigint, .notNull, .references("call_applications", "id", onDelete: .cascade))
            .column("place_id", type: .bigint, .notNull, .references("places", "id"))
            .column("position", type: .int, .notNull)
            .primaryKey(["application_id", "place_id"])
            .run()
    }
}
