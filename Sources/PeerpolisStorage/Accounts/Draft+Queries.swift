import Foundation
import PeerpolisDomain
import SQLKit

extension Draft {
    /// Saves a new draft, or replaces the fields of an existing one (when `id` is not 0).
    public static func save(_ draft: Draft, on db: any SQLDatabase) async throws -> Draft {
        let now = Timestamp.text(draft.updatedAt)
        var saved = draft
        if draft.id == 0 {
            let row = try await db.insert(into: "drafts")
                .columns("entity", "entity_id", "organization_id", "place_id", "user_id", "title", "fields", "created_at",
                         "updated_at")
                .values(SQLBind(draft.entity), SQLBind(draft.entityID), SQLBind(draft.organizationID), SQLBind(draft.placeID),
                        SQLBind(draft.userID), SQLBind(draft.title), SQLBind(jsonText(draft.fields)), SQLBind(now), SQLBind(now))
                .returning("id").first()
            saved.id = try row?.int("id") ?? 0
        } else {
            try await db.update("drafts")
                .set("organization_id", to: draft.organizationID).set("place_id", to: draft.placeID)
                .set("user_id", to: draft.userID)
                .set("title", to: draft.title).set("fields", to: jsonText(draft.fields)).set("updated_at", to: now)
                .where("id", .equal, draft.id).run()
        }
        return saved
    }

    public static func fetchOne(id: Int, on db: any SQLDatabase) async throws -> Draft? {
        try await db.select().column("*").from("drafts").where("id", .equal, id).first().map(Draft.init(row:))
    }

    /// The drafts of these organizations and places and those the account wrote itself, newest first.
    public static func fetchAll(organizationIDs: Set<Int>, placeIDs: Set<Int> = [], userID: Int,
                                on db: any SQLDatabase) async throws -> [Draft] {
        let query = db.select().column("*").from("drafts").where { group in
            group.where("user_id", .equal, userID)
            if !organizationIDs.isEmpty { group.orWhere("organization_id", .in, SQLBind.group(organizationIDs.sorted())) }
            if !placeIDs.isEmpty { group.orWhere("place_id", .in, SQLBind.group(placeIDs.sorted())) }
            return group
        }
        return try await query.orderBy("updated_at", .descending).orderBy("id", .descending).all().map(Draft.init(row:))
    }

    public static func delete(id: Int, on db: any SQLDatabase) async throws {
        try await db.delete(from: "drafts").where("id", .equal, id).run()
    }

    init(row: any SQLRow) throws {
        let text = try row.string("fields")
        let fields = (try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))) ?? [:]
        self.init(id: try row.int("id"), entity: try row.string("entity"), entityID: try row.optionalInt("entity_id"),
                  organizationID: try row.optionalInt("organization_id"), placeID: try row.optionalInt("place_id"),
                  userID: try row.int("user_id"),
                  title: try row.string("title"), fields: fields,
                  updatedAt: Timestamp.date(try row.string("updated_at")) ?? Date(timeIntervalSince1970: 0))
    }
}
