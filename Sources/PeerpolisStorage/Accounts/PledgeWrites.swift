import Foundation
import PeerpolisDomain
import SQLKit

/// Writes of pledges made through the places' forms. Callers run them in a transaction with the audit-log
/// row; each keeps the search index in step. Progress reports have their own write (`addProgress`).
extension Pledge {
    /// A slug no pledge uses yet, from the title.
    public static func freeSlug(for title: String, on db: any SQLDatabase) async throws -> String {
        try await FreeSlug.make(for: title, in: "pledges", fallback: "pledge", on: db)
    }

    /// Saves every editable field of an existing pledge; its slug and its progress reports stay. The search
    /// document reads the progress notes, so `pledge.progress` must hold them (as `fetchOne` returns them).
    public static func update(_ pledge: Pledge, on db: any SQLDatabase) async throws {
        try await db.update("pledges")
            .set("title", to: pledge.title).set("place_id", to: pledge.placeID).set("organization_id", to: pledge.organizationID)
            .set("framework", to: pledge.framework).set("principles", to: jsonText(pledge.principles))
            .set("amount", to: pledge.amount).set("currency", to: pledge.currency)
            .set("quantity", to: pledge.quantity).set("unit", to: pledge.unit)
            .set("start_date", to: pledge.startDate?.description).set("end_date", to: pledge.endDate?.description)
            .set("summary", to: pledge.summary).set("updated_at", to: timestampNow())
            .where("id", .equal, pledge.id)
            .run()
        let country = try await SearchDocuments.country(of: [pledge.placeID], on: db)
        try await SearchIndex.index([SearchDocuments.of(pledge, country: country)], on: db)
    }

    /// Deletes a pledge and takes it out of the search index; its progress reports go with it (the foreign
    /// key cascades).
    public static func delete(id: Int, on db: any SQLDatabase) async throws {
        try await SearchIndex.remove(.pledge, entityID: id, on: db)
        try await db.delete(from: "pledges").where("id", .equal, id).run()
    }

    public static func fetchOne(id: Int, on db: any SQLDatabase) async throws -> Pledge? {
        guard let row = try await db.select().column("*").from("pledges").where("id", .equal, SQLBind(id)).first()
        else { return nil }
        return try await hydrate([Pledge(row: row)], on: db).first
    }
}
