import Foundation
import PeerpolisDomain
import PeerpolisStorage
import PeerpolisTestSupport
import Testing

/// Role grants, the audit log and the slice's writes on the engine under test (SQLite, or PostgreSQL in CI).
@Suite struct ContributionStorageTests {
    let now = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func grantsAreReadBackWithTheirHoldersAndAnIdenticalGrantIsKeptOnce() async throws {
        try await withTestDatabase { db in
            try await insertGeography([makePlace(id: 1, name: "Lyon")], on: db)
            let user = try await User.insert(email: "rep@lyon.fr", displayName: "Rep", passwordHash: "h", now: now, on: db.sql)
            let first = try await RoleGrant.insert(RoleGrant(userID: user.id, role: .placeRepresentative, placeID: 1),
                                                   grantedBy: nil, now: now, on: db.sql)
            let again = try await RoleGrant.insert(RoleGrant(userID: user.id, role: .placeRepresentative, placeID: 1),
                                                   grantedBy: nil, now: now, on: db.sql)
            try await RoleGrant.insert(RoleGrant(userID: user.id, role: .expert, themes: ["a", "b"]), grantedBy: user.id, now: now, on: db.sql)

            let listed = try await RoleGrant.fetchAllWithUsers(on: db.sql)
            try await RoleGrant.delete(id: first.id, on: db.sql)
            let left = try await RoleGrant.fetchAll(userID: user.id, on: db.sql)

            #expect(again.id == first.id)
            #expect(listed.map(\.0.role) == [.placeRepresentative, .expert])
            #expect(listed.first?.email == "rep@lyon.fr" && listed.first?.name == "Rep")
            #expect(left.map(\.themes) == [["a", "b"]])
        }
    }

    @Test func interestsAreReplacedAndPostsUpdatedWithTheirAuditRows() async throws {
        try await withTestDatabase { db in
            try await insertGeography([makePlace(id: 1, name: "Lyon")], on: db)
            try await Theme.upsert([makeTheme(slug: "mobility"), makeTheme(slug: "energy", position: 1)], on: db.sql)
            _ = try await PlaceInterest.insert(PlaceInterest(placeID: 1, themeSlug: "energy", direction: .need), on: db.sql)
            var post = try await PartnerSearchPost.insert(
                PartnerSearchPost(id: 0, slug: try await PartnerSearchPost.freeSlug(for: "Tram peers", on: db.sql), placeID: 1,
                                  title: "Tram peers", seeks: ["mobility"], offers: [], published: Day(year: 2026, month: 1, day: 5)!),
                on: db.sql)
            let nextSlug = try await PartnerSearchPost.freeSlug(for: "Tram peers!", on: db.sql)

            try await db.transaction { tx in
                try await PlaceInterest.replaceAll(placeID: 1, with: [
                    PlaceInterest(placeID: 1, themeSlug: "mobility", direction: .offer, weight: 0.5, note: "Trams"),
                ], on: tx)
                try await AuditLog.record(userID: nil, via: .form, action: "edit-profile", entity: "place", entityID: 1,
                                          changes: ["interests": AuditChange(from: "need:energy@1", to: "offer:mobility@0.5")],
                                          now: now, on: tx)
            }
            post.title = "Tram and bus peers"
            post.seeks = []
            post.offers = ["energy", "mobility"]
            post.closes = Day(year: 2026, month: 2, day: 1)
            try await PartnerSearchPost.update(post, on: db.sql)

            let interests = try await PlaceInterest.fetchAll(placeID: 1, on: db.sql)
            let saved = try await PartnerSearchPost.fetchOne(slug: "tram-peers", on: db.sql)
            let log = try await AuditLog.fetchAll(entity: "place", entityID: 1, on: db.sql)

            #expect(nextSlug == "tram-peers-2")
            #expect(interests.map(\.themeSlug) == ["mobility"])
            #expect(interests.first?.weight == 0.5 && interests.first?.note == "Trams")
            #expect(saved?.title == "Tram and bus peers" && saved?.offers == ["energy", "mobility"] && saved?.seeks == [])
            #expect(saved?.closes == Day(year: 2026, month: 2, day: 1))
            #expect(log.count == 1 && log.first?.changes == #"{"interests":{"from":"need:energy@1","to":"offer:mobility@0.5"}}"#)
            #expect(log.first?.createdAt == now)
        }
    }

    @Test func anApplicationKeepsItsPartnersInOrderAndTakesAReview() async throws {
        try await withTestDatabase { db in
            try await insertGeography([makePlace(id: 1, name: "Lyon"), makePlace(id: 2, name: "Nantes"),
                                       makePlace(id: 3, name: "Lille")], on: db)
            let organization = try await Organization.insert(makeOrganization(), on: db.sql)
            let call = try await Call.insert(Call(slug: "call", title: "Call", organizationID: organization.id), on: db.sql)
            let user = try await User.insert(email: "officer@lyon.fr", displayName: "Officer", passwordHash: "h", now: now, on: db.sql)

            let saved = try await CallApplication.insert(
                CallApplication(callID: call.id, userID: user.id, leadPlaceID: 1, partnerPlaceIDs: [3, 2],
                                proposal: "Shared depots.", submittedAt: now), on: db.sql)
            try await CallApplication.review(id: saved.id, status: .underReview, note: "Reading it.", now: now, on: db.sql)
            let read = try #require(try await CallApplication.fetchOne(id: saved.id, on: db.sql))
            let byCall = try await CallApplication.fetchAll(callID: call.id, on: db.sql)
            let byUser = try await CallApplication.fetchAll(userID: user.id, on: db.sql)

            #expect(read.partnerPlaceIDs == [3, 2])
            #expect(read.status == .underReview && read.reviewNote == "Reading it.")
            #expect(read.submittedAt == now && read.proposal == "Shared depots.")
            #expect(byCall.map(\.id) == [saved.id] && byUser.map(\.id) == [saved.id])
            #expect(try await CallApplication.fetchOne(id: saved.id + 1, on: db.sql) == nil)
        }
    }
}
