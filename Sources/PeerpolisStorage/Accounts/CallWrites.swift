import Foundation
import PeerpolisDomain
import SQLKit

/// Writes of calls made through the organizations' forms. Callers run them in a transaction with the
/// audit-log row; each keeps the search index in step.
extension Call {
    /// A slug no call uses yet, from the title.
    public static func freeSlug(for title: String, on db: any SQLDatabase) async throws -> String {
        try await FreeSlug.make(for: title, in: "calls", fallback: "call", on: db)
    }

    /// Saves every editable field, the rules and the themes of an existing call; its slug stays.
    public static func update(_ call: Call, on db: any SQLDatabase) async throws {
        try await db.update("calls")
            .set("title", to: call.title).set("organization_id", to: call.organizationID)
            .set("opens_on", to: call.opensOn?.description).set("closes_on", to: call.closesOn?.description)
            .set("summary", to: call.summary).set("rules", to: jsonText(call.rules)).set("updated_at", to: timestampNow())
            .where("id", .equal, call.id)
            .run()
        try await db.delete(from: "call_themes").where("call_id", .equal, call.id).run()
        try await Links.insertThemes(call.themeSlugs, table: "call_themes", owner: "call_id", id: call.id, on: db)
        try await SearchIndex.index([SearchDocuments.of(call, today: .indexingDay)], on: db)
    }

    /// Deletes a call and takes it out of the search index; its themes and applications go with it (the
    /// foreign keys cascade).
    public static func delete(id: Int, on db: any SQLDatabase) async throws {
        try await SearchIndex.remove(.call, entityID: id, on: db)
        try await db.delete(from: "calls").where("id", .equal, id).run()
    }
}
