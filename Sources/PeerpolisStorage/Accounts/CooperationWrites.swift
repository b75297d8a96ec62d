import Foundation
import PeerpolisDomain
import SQLKit

/// Writes of cooperations made through the programmes' forms. Callers run them in a transaction with the
/// audit-log row; each keeps the search index in step.
extension Cooperation {
    /// A slug no cooperation uses yet, from the title.
    public static func freeSlug(for title: String, on db: any SQLDatabase) async throws -> String {
        try await FreeSlug.make(for: title, in: "cooperations", fallback: "cooperation", on: db)
    }

    /// Saves every editable field, the places, themes and outcomes of an existing cooperation; its slug stays.
    public static func update(_ cooperation: Cooperation, on db: any SQLDatabase) async throws {
        try await db.update("cooperations")
            .set("title", to: cooperation.title).set("programme_id", to: cooperation.programmeID)
            .set("start_date", to: cooperation.startDate?.description).set("end_date", to: cooperation.endDate?.description)
            .set("narrative", to: cooperation.narrative).set("updated_at", to: timestampNow())
            .where("id", .equal, cooperation.id)
            .run()
        for table in ["cooperation_places", "cooperation_themes", "cooperation_outcomes"] {
            try await db.delete(from: table).where("cooperation_id", .equal, cooperation.id).run()
        }
        try await insertLinks(cooperation, on: db)
    }

    /// Deletes a cooperation and takes it out of the search index; its places, themes and outcomes go with it
    /// (the foreign keys cascade). Nothing else refers to a cooperation.
    public static func delete(id: Int, on db: any SQLDatabase) async throws {
        try await SearchIndex.remove(.cooperation, entityID: id, on: db)
        try await db.delete(from: "cooperations").where("id", .equal, id).run()
    }

    public static func fetchOne(id: Int, on db: any SQLDatabase) async throws -> Cooperation? {
        guard let row = try await db.select().column("*").from("cooperations").where("id", .equal, SQLBind(id)).first() else {
            return nil
        }
        return try await hydrate([Cooperation(row: row)], on: db).first
    }
}
