import Foundation
import PeerpolisDomain
import SQLKit

extension CallApplication {
    /// Saves a new application with its partners; callers add the audit-log row in the same transaction.
    public static func insert(_ application: CallApplication, on db: any SQLDatabase) async throws -> CallApplication {
        let now = Timestamp.text(application.submittedAt)
        let row = try await db.insert(into: "call_applications")
            .columns("call_id", "user_id", "lead_place_id", "proposal", "status", "review_note", "created_at", "updated_at")
            .values(SQLBind(application.callID), SQLBind(application.userID), SQLBind(application.leadPlaceID),
                    SQLBind(application.proposal), SQLBind(application.status.rawValue), SQLBind(application.reviewNote),
                    SQLBind(now), SQLBind(now))
            .returning("id").first()
        var saved = application
        saved.id = try row?.int("id") ?? 0
        for (position, placeID) in application.partnerPlaceIDs.enumerated() {
            try await db.insert(into: "call_application_partners").columns("application_id", "place_id", "position")
                .values(SQLBind(saved.id), SQLBind(placeID), SQLBind(position)).run()
        }
        return saved
    }

    /// Records a reviewer's decision.
    public static func review(id: Int, status: ApplicationStatus, note: String, now: Date, on db: any SQLDatabase) async throws {
        try await db.update("call_applications")
            .set("status", to: status.rawValue).set("review_note", to: note).set("updated_at", to: Timestamp.text(now))
            .where("id", .equal, id).run()
    }

    public static func fetchOne(id: Int, on db: any SQLDatabase) async throws -> CallApplication? {
        guard let row = try await db.select().column("*").from("call_applications").where("id", .equal, id).first() else {
            return nil
        }
        return try await hydrate([row], on: db).first
    }

    /// A call's applications, oldest first.
    public static func fetchAll(callID: Int, on db: any SQLDatabase) async throws -> [CallApplication] {
        try await hydrate(db.select().column("*").from("call_applications").where("call_id", .equal, callID)
            .orderBy("id").all(), on: db)
    }

    /// What one account submitted, newest first.
    public static func fetchAll(userID: Int, on db: any SQLDatabase) async throws -> [CallApplication] {
        try await hydrate(db.select().column("*").from("call_applications").where("user_id", .equal, userID)
            .orderBy("id", .descending).all(), on: db)
    }

    static func hydrate(_ rows: [any SQLRow], on db: any SQLDatabase) async throws -> [CallApplication] {
        var applications = try rows.map { row in
            CallApplication(id: try row.int("id"), callID: try row.int("call_id"), userID: try row.int("user_id"),
                            leadPlaceID: try row.int("lead_place_id"), partnerPlaceIDs: [],
                            proposal: try row.string("proposal"),
                            status: try row.enumValue("status", as: ApplicationStatus.self),
                            reviewNote: try row.string("review_note"),
                            submittedAt: Timestamp.date(try row.string("created_at")) ?? Date(timeIntervalSince1970: 0))
        }
        guard !applications.isEmpty else { return [] }
        var partners: [Int: [Int]] = [:]
        for row in try await db.select().column("application_id").column("place_id").from("call_application_partners")
            .where("application_id", .in, SQLBind.group(applications.map(\.id))).orderBy("application_id").orderBy("position").all() {
            partners[try row.int("application_id"), default: []].append(try row.int("place_id"))
        }
        for index in applications.indices { applications[index].partnerPlaceIDs = partners[applications[index].id] ?? [] }
        return applications
    }
}
