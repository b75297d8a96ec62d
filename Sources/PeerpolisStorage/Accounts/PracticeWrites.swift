import Foundation
import PeerpolisDomain
import SQLKit

/// Writes of good practices and their transfers made through the places' forms. Callers run them in a
/// transaction with the audit-log row; each keeps the search index in step.
extension GoodPractice {
    /// A slug no good practice uses yet, from the title.
    public static func freeSlug(for title: String, on db: any SQLDatabase) async throws -> String {
        try await FreeSlug.make(for: title, in: "good_practices", fallback: "practice", on: db)
    }

    /// Saves every editable field, the themes and the networks of an existing practice; its slug stays, and
    /// its transfers, which have forms of their own, are left as they are.
    public static func update(_ practice: GoodPractice, on db: any SQLDatabase) async throws {
        try await db.update("good_practices")
            .set("title", to: practice.title).set("owner_place_id", to: practice.ownerPlaceID)
            .set("summary", to: practice.summary).set("body", to: practice.body).set("results", to: practice.results)
            .set("updated_at", to: timestampNow())
            .where("id", .equal, practice.id)
            .run()
        try await db.delete(from: "good_practice_themes").where("good_practice_id", .equal, practice.id).run()
        try await db.delete(from: "good_practice_networks").where("good_practice_id", .equal, practice.id).run()
        try await Links.insertThemes(practice.themeSlugs, table: "good_practice_themes", owner: "good_practice_id",
                                     id: practice.id, on: db)
        try await Links.insertTargets(practice.networkIDs, table: "good_practice_networks", owner: "good_practice_id",
                                      target: "network_id", id: practice.id, on: db)
        let country = try await SearchDocuments.country(of: [practice.ownerPlaceID], on: db)
        try await SearchIndex.index([SearchDocuments.of(practice, country: country)], on: db)
    }

    /// Deletes a practice and takes it out of the search index; its themes, networks and transfers go with it
    /// (the foreign keys cascade).
    public static func delete(id: Int, on db: any SQLDatabase) async throws {
        try await SearchIndex.remove(.practice, entityID: id, on: db)
        try await db.delete(from: "good_practices").where("id", .equal, id).run()
    }

    public static func fetchOne(id: Int, on db: any SQLDatabase) async throws -> GoodPractice? {
        guard let row = try await db.select().column("*").from("good_practices").where("id", .equal, SQLBind(id)).first()
        else { return nil }
        return try await hydrate([GoodPractice(row: row)], on: db).first
    }
}

/// A transfer and the practice it belongs to.
public struct TransferRecord: Sendable, Hashable {
    public var transfer: Transfer
    public var practiceID: Int
}

extension Transfer {
    init(row: any SQLRow) throws {
        self.init(id: try row.int("id"), receivingPlaceID: try row.int("receiving_place_id"),
                  networkID: try row.optionalInt("network_id"), startDate: try row.optionalDay("start_date"),
                  stage: try row.optionalEnum("stage", as: TransferStage.self))
    }

    /// Records a transfer of the practice `practiceID`. The practice's search document does not read its
    /// transfers, so the index needs nothing.
    public static func insert(_ transfer: Transfer, practiceID: Int, on db: any SQLDatabase) async throws -> Transfer {
        let now = timestampNow()
        let row = try await db.insert(into: "transfers")
            .columns("good_practice_id", "receiving_place_id", "network_id", "start_date", "stage", "created_at", "updated_at")
            .values(SQLBind(practiceID), SQLBind(transfer.receivingPlaceID), SQLBind(transfer.networkID),
                    SQLBind(transfer.startDate?.description), SQLBind(transfer.stage?.rawValue), SQLBind(now), SQLBind(now))
            .returning("id").first()
        var saved = transfer
        saved.id = try row?.int("id") ?? 0
        return saved
    }

    public static func update(_ transfer: Transfer, on db: any SQLDatabase) async throws {
        try await db.update("transfers")
            .set("receiving_place_id", to: transfer.receivingPlaceID).set("network_id", to: transfer.networkID)
            .set("start_date", to: transfer.startDate?.description).set("stage", to: transfer.stage?.rawValue)
            .set("updated_at", to: timestampNow())
            .where("id", .equal, transfer.id)
            .run()
    }

    public static func delete(id: Int, on db: any SQLDatabase) async throws {
        try await db.delete(from: "transfers").where("id", .equal, id).run()
    }

    public static func fetchOne(id: Int, on db: any SQLDatabase) async throws -> TransferRecord? {
        guard let row = try await db.select().column("*").from("transfers").where("id", .equal, SQLBind(id)).first()
        else { return nil }
        return TransferRecord(transfer: try Transfer(row: row), practiceID: try row.int("good_practice_id"))
    }
}
