import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// The contribution writes themselves, shared by the forms and the API once each has checked permission
/// and validated its input: every one is a single transaction holding the change and its audit-log row.
struct ContributionWrites: Sendable {
    let database: Database
    let clock: Clock

    /// Replaces a place's interests.
    func replaceInterests(of place: Place, with interests: [PlaceInterest], by principal: Principal) async throws {
        let now = clock.now()
        try await database.transaction { db in
            let before = try await PlaceInterest.fetchAll(placeID: place.id, on: db)
            try await PlaceInterest.replaceAll(placeID: place.id, with: interests, on: db)
            try await AuditLog.record(by: principal, action: "edit-profile", entity: "place", entityID: place.id,
                                      changes: ["interests": AuditChange(from: ContributionController.summary(before),
                                                                         to: ContributionController.summary(interests))],
                                      now: now, on: db)
        }
    }

    /// Publishes a new partner-search post of `place` today, under a free slug made from its title.
    func createPost(_ form: PostForm, of place: Place, by principal: Principal) async throws -> PartnerSearchPost {
        let today = clock.today(), now = clock.now()
        return try await database.transaction { db in
            let draft = PartnerSearchPost(id: 0, slug: try await PartnerSearchPost.freeSlug(for: form.title, on: db),
                                          placeID: place.id, title: "", seeks: [], offers: [], published: today)
            let post = try await PartnerSearchPost.insert(form.applied(to: draft), on: db)
            try await AuditLog.record(by: principal, action: "create", entity: "partner_search_post",
                                      entityID: post.id, changes: PostForm.changes(from: nil, to: post), now: now, on: db)
            return post
        }
    }

    /// Saves a changed post; `action` names the change in the audit log (`edit`, `close`).
    func updatePost(_ post: PartnerSearchPost, old: PartnerSearchPost, action: String, by principal: Principal) async throws {
        let now = clock.now()
        try await database.transaction { db in
            try await PartnerSearchPost.update(post, on: db)
            try await AuditLog.record(by: principal, action: action, entity: "partner_search_post", entityID: post.id,
                                      changes: PostForm.changes(from: old, to: post), now: now, on: db)
        }
    }

    /// Adds a dated progress report to a pledge.
    func reportProgress(_ update: PledgeProgress, on pledge: Pledge, by principal: Principal) async throws {
        let now = clock.now()
        try await database.transaction { db in
            try await Pledge.addProgress(update, toPledge: pledge.id, on: db)
            var changes = ["date": AuditChange(from: nil, to: update.date.description),
                           "note": AuditChange(from: nil, to: update.note)]
            if let figure = update.amount ?? update.quantity {
                changes["figure"] = AuditChange(from: nil, to: String(figure))
            }
            try await AuditLog.record(by: principal, action: "report-progress", entity: "pledge",
                                      entityID: pledge.id, changes: changes, now: now, on: db)
        }
    }
}
