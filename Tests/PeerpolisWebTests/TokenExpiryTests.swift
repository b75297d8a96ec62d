import Foundation
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

/// A token made to last 30, 90 or 365 days stops authenticating then, with a sentence that says so; the
/// lists show when each token expires.
@Suite struct TokenExpiryTests {
    @Test func aThirtyDayTokenWorksUntilItsExpiryAndIsThenRefusedWithTheDate() async throws {
        let clock = ManualClock(APITokenTests.start)
        try await withSignedInApp(as: .representative, clock: clock.clock) { app in
            let f = app.fixture
            let created = try await app.browser.post("/account/tokens", ["name": "monthly import", "scope": "", "expires": "30"],
                                                     csrf: f.csrf)
            let secret = try #require(APITokenTests.secret(in: created.body))
            let body = #"{"interests": [{"theme": "\#(f.themeSlug)", "direction": "need", "weight": 1}]}"#
            let path = "/api/v1/places/\(f.placeSlug)/interests"
            let fresh = try await app.client.api(.put, path, json: body, token: secret)
            clock.advance(by: 30 * 86_400 - 60)
            let lastMinute = try await app.client.api(.put, path, json: body, token: secret)
            let listBefore = try await app.browser.get("/account/tokens")
            clock.advance(by: 60)
            let expired = try await app.client.api(.put, path, json: body, token: secret)
            let listAfter = try await app.browser.get("/account/tokens")
            let token = try #require(try await APIToken.fetchLive(tokenHash: SecretTokens.digest(secret), on: app.db.sql)?.0)
            let log = try await AuditLog.fetchAll(entity: "api_token", entityID: token.id, on: app.db.sql)
            let expiry = Timestamps.rfc3339(APITokenTests.start.addingTimeInterval(30 * 86_400))

            #expect(fresh.status == .ok && lastMinute.status == .ok)
            #expect(expired.status == .unauthorized)
            #expect(expired.headers[.contentType] == "application/problem+json")
            #expect(expired.body.contains("This API token expired on \(expiry). Make a new one on /account/tokens."))
            #expect(token.expiresAt == APITokenTests.start.addingTimeInterval(30 * 86_400))
            #expect(listBefore.body.contains("<td>\(expiry)</td><td>active</td>"))
            #expect(listAfter.body.contains("<td>expired on \(expiry)</td>"))
            #expect(log.first?.changes.contains(expiry) == true)
        }
    }

    @Test func theFormOffersThreeLifetimesOrNeverAndRefusesAnyOther() async throws {
        try await withSignedInApp(as: .member) { app in
            let f = app.fixture
            let page = try await app.browser.get("/account/tokens")
            let french = try await app.browser.get("/account/tokens?lang=fr")
            let odd = try await app.browser.post("/account/tokens", ["name": "odd", "scope": "", "expires": "7"], csrf: f.csrf)
            let forever = try await app.browser.post("/account/tokens", ["name": "forever", "scope": "", "expires": "never"],
                                                     csrf: f.csrf)
            let member = try #require(try await User.fetchOne(email: "member@city.eu", on: app.db.sql))
            let tokens = try await APIToken.fetchAll(userID: member.id, on: app.db.sql)

            #expect(page.body.contains("<option value=\"90\" selected>in 90 days</option>"))
            #expect(page.body.contains("<option value=\"30\">in 30 days</option>"))
            #expect(page.body.contains("<option value=\"365\">in 365 days</option>"))
            #expect(page.body.contains("<option value=\"never\">never (until revoked)</option>"))
            #expect(french.body.contains("dans 90 jours"))
            #expect(odd.status == .badRequest && odd.body.contains("Choose when the token stops working"))
            #expect(odd.body.contains("value=\"odd\""), "the form keeps what was typed")
            #expect(forever.status == .ok)
            #expect(tokens.first { $0.name == "forever" }?.expiresAt == nil)
            #expect(!tokens.contains { $0.name == "odd" })
        }
    }

    @Test func administratorsSeeEveryTokensExpiry() async throws {
        try await withSignedInApp(as: .administrator, prepare: { db, _ in
            let spare = try #require(try await User.fetchOne(email: "spare@city.eu", on: db.sql))
            _ = try await APIToken.insert(APIToken(userID: spare.id, name: "old one", prefix: "ppt_OldO",
                                                   createdAt: Date(timeIntervalSince1970: 0),
                                                   expiresAt: Date(timeIntervalSince1970: 86_400)),
                                          tokenHash: "old-digest", on: db.sql)
        }) { app in
            let list = try await app.browser.get("/admin/tokens")

            #expect(list.status == .ok)
            #expect(list.body.contains("<th>Expires</th>"))
            #expect(list.body.contains("<td>expired on 1970-01-02T00:00:00Z</td>"))
        }
    }
}
