import Foundation
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

/// Messages through the hub: recipients get them by mail (the outbox here), senders never see an address.
@Suite struct ContactTests {
    @Test func aMessageReachesThePlacesRepresentativesWithoutShowingTheirAddress() async throws {
        let box = FixtureBox(), dbBox = DatabaseBox()
        try await withSeededApp(prepare: { db in
            dbBox.db = db
            box.fixture = try await AuthorizationMatrixTests.prepare(db, as: .member)
            // A representative for the first place, whose address must stay private.
            let place = try #require(try await Place.fetchOne(slug: box.fixture.placeSlug, on: db.sql))
            let rep = try await User.insert(email: "hidden-rep@city.eu", displayName: "Rep", passwordHash: "x", now: Date(), on: db.sql)
            try await RoleGrant.insert(RoleGrant(userID: rep.id, role: .placeRepresentative, placeID: place.id),
                                       grantedBy: nil, now: Date(), on: db.sql)
        }) { client in
            let f = box.fixture, db = try #require(dbBox.db)
            let browser = Browser(client)
            let anonymous = try await browser.get("/places/\(f.placeSlug)/contact")
            browser.setCookie("peerpolis_session", try #require(f.sessionID))
            let form = try await browser.get("/places/\(f.placeSlug)/contact")
            let short = try await browser.post("/places/\(f.placeSlug)/contact", ["message": "Hi"], csrf: f.csrf)
            let sent = try await browser.post("/places/\(f.placeSlug)/contact",
                                              ["message": "We run <school streets> too; shall we compare notes?"], csrf: f.csrf)
            let outbox = try await OutboxMessage.fetchAll(on: db.sql)
            let placePage = try await browser.get("/places/\(f.placeSlug)")
            let withoutToken = try await browser.post("/places/\(f.placeSlug)/contact", ["message": "No token at all here"], csrf: nil)

            #expect(anonymous.status == .seeOther && anonymous.headers[.location] == "/sign-in")
            #expect(form.status == .ok)
            #expect(short.status == .badRequest && short.body.contains("Write a message of 10 to 5,000 characters"))
            #expect(sent.status == .seeOther && sent.headers[.location] == "/places/\(f.placeSlug)")
            #expect(outbox.count == 1)
            #expect(outbox.first?.recipient == "hidden-rep@city.eu")
            #expect(outbox.first?.body.contains("member <member@city.eu> wrote to you") == true)
            #expect(outbox.first?.body.contains("<school streets>") == true)
            for page in [form, short, sent, placePage] { #expect(!page.body.contains("hidden-rep")) }
            #expect(placePage.body.contains("/places/\(f.placeSlug)/contact"))
            #expect(withoutToken.status == .forbidden)
        }
    }

    @Test func aPartnerSearchPostsAuthorIsReachedThroughItsPlaceWithoutShowingAnAddress() async throws {
        let box = FixtureBox(), dbBox = DatabaseBox()
        try await withSeededApp(prepare: { db in
            dbBox.db = db
            box.fixture = try await AuthorizationMatrixTests.prepare(db, as: .member)
        }) { client in
            let f = box.fixture, db = try #require(dbBox.db)
            let browser = Browser(client)
            let postPage = try await browser.get("/partner-search/\(f.thirdPlacePostSlug)")
            browser.setCookie("peerpolis_session", try #require(f.sessionID))
            let form = try await browser.get("/partner-search/\(f.thirdPlacePostSlug)/contact")
            let sent = try await browser.post("/partner-search/\(f.thirdPlacePostSlug)/contact",
                                              ["message": "Our city seeks the same partners; shall we apply together?"], csrf: f.csrf)
            let unknown = try await browser.get("/partner-search/no-such-post/contact")
            let outbox = try await OutboxMessage.fetchAll(on: db.sql)

            #expect(postPage.body.contains("/partner-search/\(f.thirdPlacePostSlug)/contact"))
            #expect(form.status == .ok)
            #expect(sent.status == .seeOther && sent.headers[.location] == "/partner-search/\(f.thirdPlacePostSlug)")
            #expect(outbox.map(\.recipient) == ["spare@city.eu"])
            #expect(outbox.first?.body.contains("shall we apply together?") == true)
            for page in [postPage, form, sent] { #expect(!page.body.contains("spare@city.eu")) }
            #expect(unknown.status == .notFound)
        }
    }

    @Test func theDirectoryListsExpertsWithoutAddressesAndSendingIsLimitedPerHour() async throws {
        let box = FixtureBox(), dbBox = DatabaseBox()
        try await withSeededApp(prepare: { db in
            dbBox.db = db
            box.fixture = try await AuthorizationMatrixTests.prepare(db, as: .member)
        }) { client in
            let f = box.fixture, db = try #require(dbBox.db)
            let browser = Browser(client)
            let directory = try await browser.get("/experts")
            browser.setCookie("peerpolis_session", try #require(f.sessionID))
            var statuses: [Int] = []
            for n in 1...(ContactController.hourlyLimit + 1) {
                let page = try await browser.post("/experts/\(f.spareUserID)/contact", ["message": "Question number \(n) about trams"],
                                                  csrf: f.csrf)
                statuses.append(Int(page.status.code))
            }
            let unknown = try await browser.get("/experts/999999/contact")
            let nobody = try await browser.post("/places/\(f.placeSlug)/contact", ["message": "Is anyone there at all?"], csrf: f.csrf)

            #expect(directory.status == .ok && directory.body.contains("Spare"))
            #expect(!directory.body.contains(f.spareEmail))
            #expect(statuses == Array(repeating: 303, count: ContactController.hourlyLimit) + [400])
            #expect(try await OutboxMessage.fetchAll(on: db.sql).count == ContactController.hourlyLimit)
            #expect(unknown.status == .notFound)
            #expect(nobody.status == .badRequest && nobody.body.contains("Nobody can receive messages here yet"))
        }
    }
}
