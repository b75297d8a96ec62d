import Foundation
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

/// The first slice end to end, as a place representative: profile, then a post published, edited, closed.
@Suite struct ContributionTests {
    /// Signs a representative of the first place in, by a session made directly.
    static func representative(_ db: Database) async throws -> AuthorizationMatrixTests.Fixture {
        try await AuthorizationMatrixTests.prepare(db, as: .representative)
    }

    @Test func aProfileEditIsSavedWithAnAuditRowAndBadWeightsAreShownBackWithAMessage() async throws {
        let box = FixtureBox(), dbBox = DatabaseBox()
        try await withSeededApp(prepare: { db in dbBox.db = db; box.fixture = try await Self.representative(db) }) { client in
            let f = box.fixture, db = try #require(dbBox.db)
            let browser = Browser(client)
            browser.setCookie("peerpolis_session", try #require(f.sessionID))
            let form = try await browser.get("/places/\(f.placeSlug)/edit")
            let bad = try await browser.post("/places/\(f.placeSlug)/edit",
                                             ["d.\(f.themeSlug)": "offer", "w.\(f.themeSlug)": "7", "n.\(f.themeSlug)": "Our <tram> plan"],
                                             csrf: f.csrf)
            let good = try await browser.post("/places/\(f.placeSlug)/edit",
                                              ["d.\(f.themeSlug)": "both", "w.\(f.themeSlug)": "0.5", "n.\(f.themeSlug)": "Our <tram> plan"],
                                              csrf: f.csrf)
            let place = try #require(try await Place.fetchOne(slug: f.placeSlug, on: db.sql))
            let interests = try await PlaceInterest.fetchAll(placeID: place.id, on: db.sql)
            let log = try await AuditLog.fetchAll(entity: "place", entityID: place.id, on: db.sql)
            let unsigned = try await browser.post("/places/\(f.placeSlug)/edit", ["d.\(f.themeSlug)": "need"], csrf: nil)

            #expect(form.status == .ok)
            #expect(bad.status == .badRequest)
            #expect(bad.body.contains("The weight must be a number from 0 to 1"))
            #expect(bad.body.contains("value=\"7\"") && bad.body.contains("Our &lt;tram&gt; plan"))
            #expect(good.status == .seeOther)
            #expect(interests.map(\.direction).sorted { $0.rawValue < $1.rawValue } == [.need, .offer])
            #expect(interests.allSatisfy { $0.weight == 0.5 && $0.note == "Our <tram> plan" })
            #expect(log.count == 1)
            #expect(log.first?.action == "edit-profile")
            #expect(log.first?.changes.contains("need:\(f.themeSlug)@0.5") == true)
            #expect(unsigned.status == .forbidden)
        }
    }

    @Test func aPostIsPublishedEditedAndClosedEachWithAnAuditRow() async throws {
        let box = FixtureBox(), dbBox = DatabaseBox()
        try await withSeededApp(prepare: { db in dbBox.db = db; box.fixture = try await Self.representative(db) }) { client in
            let f = box.fixture, db = try #require(dbBox.db)
            let browser = Browser(client)
            browser.setCookie("peerpolis_session", try #require(f.sessionID))
            let invalid = try await browser.post("/places/\(f.placeSlug)/partner-search/new",
                                                 ["title": "Tram peers", "closes": "31/12/2030"], csrf: f.csrf)
            let created = try await browser.post("/places/\(f.placeSlug)/partner-search/new",
                                                 ["title": "Tram peers", "text": "We seek *tram* peers.", "seek.\(f.themeSlug)": "1"],
                                                 csrf: f.csrf)
            let location = created.headers[.location] ?? ""
            let shown = try await browser.get(location)
            let slug = String(location.dropFirst("/partner-search/".count))
            let edited = try await browser.post("/partner-search/\(slug)/edit",
                                                ["title": "Tram and bus peers", "offer.\(f.themeSlug)": "1"], csrf: f.csrf)
            let closed = try await browser.post("/partner-search/\(slug)/close", [:], csrf: f.csrf)
            let post = try #require(try await PartnerSearchPost.fetchOne(slug: slug, on: db.sql))
            let log = try await AuditLog.fetchAll(entity: "partner_search_post", entityID: post.id, on: db.sql)

            #expect(invalid.status == .badRequest)
            #expect(invalid.body.contains("Write the closing day as YYYY-MM-DD"))
            #expect(invalid.body.contains("Tick at least one theme"))
            #expect(invalid.body.contains("value=\"Tram peers\""))
            #expect(created.status == .seeOther && slug == "tram-peers")
            #expect(shown.status == .ok && shown.body.contains("Tram peers"))
            #expect(edited.status == .seeOther && closed.status == .seeOther)
            #expect(post.title == "Tram and bus peers")
            #expect(post.offers == [f.themeSlug] && post.seeks.isEmpty)
            #expect(post.closes == testToday)
            #expect(log.map(\.action) == ["create", "edit", "close"])
            #expect(log.allSatisfy { $0.userID != nil })
        }
    }
}
