import Foundation
import Hummingbird
import HummingbirdTesting
import PeerpolisDomain
import PeerpolisStorage
import SQLKit
import Testing
@testable import PeerpolisWeb

/// API tokens from the account page to the API: shown once, stored hashed, revocable, scoped, and the
/// answers of the API's writes for each way a request can be wrong.
@Suite struct APITokenTests {
    /// Noon on the test's day, so the clock's day is `testToday`.
    static let start = Date(timeIntervalSince1970: Double(testToday.daysSince1970) * 86_400 + 43_200)

    @Test func aTokenIsShownOnceStoredHashedUsableAndRevocable() async throws {
        let box = FixtureBox(), dbBox = DatabaseBox()
        try await withSeededApp(prepare: { db in
            dbBox.db = db
            box.fixture = try await AuthorizationMatrixTests.prepare(db, as: .representative)
        }) { client in
            let f = box.fixture, db = try #require(dbBox.db)
            let browser = Browser(client)
            browser.setCookie("peerpolis_session", try #require(f.sessionID))
            let created = try await browser.post("/account/tokens", ["name": "Nightly <import>", "scope": "", "expires": "never"], csrf: f.csrf)
            let secret = try #require(Self.secret(in: created.body))
            let list = try await browser.get("/account/tokens")
            let rows = try await db.sql.select().column("*").from("api_tokens").where("name", .equal, "Nightly <import>").all()
            let stored = try rows.map { row in
                try ["token_hash", "prefix", "name"].map { try row.decode(column: $0, as: String.self) }
            }
            let body = #"{"interests": [{"theme": "\#(f.themeSlug)", "direction": "offer", "weight": 1, "note": "Depots"}]}"#
            let write = try await client.api(.put, "/api/v1/places/\(f.placeSlug)/interests", json: body, token: secret)
            let userID = try #require(rows.first).decode(column: "user_id", as: Int.self)
            let tokenID = try #require(try await APIToken.fetchAll(userID: userID, on: db.sql).first { $0.name == "Nightly <import>" }?.id)
            let revoke = try await browser.post("/account/tokens/\(tokenID)/revoke", [:], csrf: f.csrf)
            let afterRevoke = try await client.api(.put, "/api/v1/places/\(f.placeSlug)/interests", json: body, token: secret)
            let listAfter = try await browser.get("/account/tokens")

            #expect(created.status == .ok)
            #expect(created.headers[.cacheControl] == "no-store")
            #expect(secret.hasPrefix("ppt_") && secret.count == 36)
            #expect(!list.body.contains(secret), "the secret is shown only once")
            #expect(list.body.contains(String(secret.prefix(8))) && list.body.contains("Nightly &lt;import&gt;"))
            #expect(stored.count == 1)
            #expect(stored.first?[0] == SecretTokens.digest(secret))
            #expect(stored.first?[1] == String(secret.prefix(8)))
            #expect(!(stored.first ?? []).contains(secret), "no column holds the secret in clear")
            #expect(write.status == .ok, "\(write.body)")
            #expect(write.body.contains(#""direction":"offer""#) && write.body.contains(#""note":"Depots""#))
            #expect(revoke.status == .seeOther && revoke.headers[.location] == "/account/tokens")
            #expect(afterRevoke.status == .unauthorized)
            #expect(afterRevoke.headers[.contentType] == "application/problem+json")
            #expect(afterRevoke.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            #expect(afterRevoke.body.contains("revoked"))
            #expect(listAfter.body.contains("revoked on"))
        }
    }

    @Test func lastUsedIsWrittenAtMostOnceAMinute() async throws {
        let clock = ManualClock(Self.start), box = FixtureBox(), dbBox = DatabaseBox(), secretBox = SecretBox()
        try await withSeededApp(clock: clock.clock, prepare: { db in
            dbBox.db = db
            box.fixture = try await APIAuthorizationMatrixTests.prepare(db, as: .representative, secret: secretBox)
        }) { client in
            let f = box.fixture, db = try #require(dbBox.db), secret = try #require(secretBox.secret)
            let body = #"{"interests": []}"#
            func lastUsed() async throws -> Date? {
                try await APIToken.fetchLive(tokenHash: SecretTokens.digest(secret), on: db.sql)?.0.lastUsedAt
            }
            let before = try await lastUsed()
            _ = try await client.api(.put, "/api/v1/places/\(f.placeSlug)/interests", json: body, token: secret)
            let first = try await lastUsed()
            clock.advance(by: 30)
            _ = try await client.api(.put, "/api/v1/places/\(f.placeSlug)/interests", json: body, token: secret)
            let soon = try await lastUsed()
            clock.advance(by: 31)
            _ = try await client.api(.put, "/api/v1/places/\(f.placeSlug)/interests", json: body, token: secret)
            let later = try await lastUsed()

            #expect(before == nil)
            #expect(first == Self.start)
            #expect(soon == Self.start, "not written again within a minute")
            #expect(later == Self.start.addingTimeInterval(61))
        }
    }

    @Test func anOrganizationTokenActsOnlyAsItsOrganizationsEditorAndStopsWithTheRole() async throws {
        let box = FixtureBox(), dbBox = DatabaseBox(), secretBox = SecretBox()
        try await withSeededApp(prepare: { db in
            dbBox.db = db
            box.fixture = try await APIAuthorizationMatrixTests.prepare(db, as: .representativeOrganizationToken, secret: secretBox)
        }) { client in
            let f = box.fixture, db = try #require(dbBox.db), organizationSecret = try #require(secretBox.secret)
            let user = try #require(try await User.fetchOne(email: "representative@city.eu", on: db.sql))
            let personalSecret = try await makeToken(for: user.id, on: db).secret
            let body = #"{"title": "Renamed by a script"}"#
            let asOrganization = try await client.api(.patch, "/api/v1/partner-search/\(f.postSlug)", json: body, token: organizationSecret)
            let asPerson = try await client.api(.patch, "/api/v1/partner-search/\(f.postSlug)", json: body, token: personalSecret)
            let editorGrant = try #require(try await RoleGrant.fetchAll(userID: user.id, on: db.sql).first { $0.role == .organizationEditor })
            try await RoleGrant.delete(id: editorGrant.id, on: db.sql)
            let afterLosingRole = try await client.api(.patch, "/api/v1/partner-search/\(f.postSlug)", json: body, token: organizationSecret)

            #expect(asOrganization.status == .forbidden, "\(asOrganization.body)")
            #expect(asPerson.status == .ok, "\(asPerson.body)")
            #expect(asPerson.body.contains(#""title":"Renamed by a script""#))
            #expect(afterLosingRole.status == .unauthorized)
            #expect(afterLosingRole.body.contains("no longer edits the organization"))
        }
    }

    @Test func theTokenPageOffersOnlyOrganizationsTheAccountEdits() async throws {
        let box = FixtureBox()
        try await withSeededApp(prepare: { db in box.fixture = try await AuthorizationMatrixTests.prepare(db, as: .member) }) { client in
            let f = box.fixture
            let browser = Browser(client)
            browser.setCookie("peerpolis_session", try #require(f.sessionID))
            let page = try await browser.get("/account/tokens")
            let french = try await browser.get("/account/tokens?lang=fr")
            let refused = try await browser.post("/account/tokens", ["name": "x", "scope": f.organizationSlug, "expires": "90"], csrf: f.csrf)
            let noName = try await browser.post("/account/tokens", ["name": "", "scope": "", "expires": "90"], csrf: f.csrf)
            let noCSRF = try await browser.post("/account/tokens", ["name": "x", "scope": "", "expires": "90"], csrf: nil)
            let anonymous = try await Browser(client).get("/account/tokens")

            #expect(page.status == .ok && page.body.contains("Me, with all my roles"))
            #expect(!page.body.contains("value=\"\(f.organizationSlug)\""))
            #expect(french.body.contains("Jetons d’API"))
            #expect(refused.status == .forbidden)
            #expect(noName.status == .badRequest && noName.body.contains("Give the token a name"))
            #expect(noCSRF.status == .forbidden)
            #expect(anonymous.status == .seeOther && anonymous.headers[.location] == "/sign-in")
        }
    }

    @Test func badRequestsGetTheRightProblem() async throws {
        let box = FixtureBox(), dbBox = DatabaseBox(), secretBox = SecretBox()
        try await withSeededApp(prepare: { db in
            dbBox.db = db
            box.fixture = try await APIAuthorizationMatrixTests.prepare(db, as: .representative, secret: secretBox)
        }) { client in
            let f = box.fixture, db = try #require(dbBox.db), secret = try #require(secretBox.secret)
            let posts = "/api/v1/places/\(f.placeSlug)/partner-search"
            let noToken = try await client.api(.post, posts, json: "{}", token: nil)
            let unknown = try await client.api(.post, posts, json: "{}", token: "ppt_" + String(repeating: "x", count: 32))
            let notBearer = try await client.execute(uri: posts, method: .post, headers: [.authorization: "Basic dXNlcjpwYXNz"]) { $0.status }
            let form = try await client.api(.post, posts, json: "title=x", token: secret, contentType: "application/x-www-form-urlencoded")
            let unknownField = try await client.api(.post, posts, json: #"{"title": "Peers", "seek": ["x"]}"#, token: secret)
            let notJSON = try await client.api(.post, posts, json: "{", token: secret)
            let invalid = try await client.api(.post, posts, json: #"{"title": "ab", "closes": "2001-01-01", "seeks": ["no-such-theme"]}"#, token: secret)
            let missing = try await client.api(.post, "/api/v1/places/no-such-place/partner-search", json: "{}", token: secret)
            let badInterests = try await client.api(.put, "/api/v1/places/\(f.placeSlug)/interests", json: #"""
                {"interests": [{"theme": "\#(f.themeSlug)", "direction": "need", "weight": 2},
                               {"theme": "\#(f.themeSlug)", "direction": "sideways"},
                               {"theme": "\#(f.themeSlug)", "direction": "offer"}, {"theme": "\#(f.themeSlug)", "direction": "offer"}]}
                """#, token: secret)
            let badProgress = try await client.api(.post, "/api/v1/pledges/\(f.pledgeSlug)/progress",
                                                   json: #"{"date": "2019-04-02", "note": "x", "figure": -3}"#, token: secret)
            let created = try await client.api(.post, posts, json: #"{"title": "Peers for school streets", "offers": ["\#(f.themeSlug)"]}"#, token: secret)
            let slug = try #require(try jsonObject(created.body)["slug"] as? String)
            let post = try #require(try await PartnerSearchPost.fetchOne(slug: slug, on: db.sql))
            let log = try await AuditLog.fetchAll(entity: "partner_search_post", entityID: post.id, on: db.sql)

            #expect(noToken.status == .unauthorized && noToken.body.contains("Authorization: Bearer"))
            #expect(unknown.status == .unauthorized)
            #expect(notBearer == .unauthorized)
            #expect(form.status == .unsupportedMediaType)
            #expect(unknownField.status == .badRequest && unknownField.body.contains("'seek' is unknown"))
            #expect(notJSON.status == .badRequest)
            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.headers[.contentType] == "application/problem+json")
            let errors = try #require(try jsonObject(invalid.body)["errors"] as? [String: String])
            #expect(Set(errors.keys) == ["title", "closes", "themes"])
            #expect(errors["title"] == "Give a title of 3 to 200 characters.")
            #expect(missing.status == .notFound)
            let interestErrors = try #require(try jsonObject(badInterests.body)["errors"] as? [String: String])
            #expect(badInterests.status == .unprocessableContent)
            #expect(Set(interestErrors.keys) == ["interests[0]", "interests[1].direction", "interests[3]"])
            let progressErrors = try #require(try jsonObject(badProgress.body)["errors"] as? [String: String])
            #expect(Set(progressErrors.keys) == ["date", "note", "figure"])
            #expect(created.status == .created)
            #expect(log.map(\.action) == ["create"])
        }
    }

    @Test func aBearerRequestIsNeverAlsoTheCookiesSession() async throws {
        let box = FixtureBox()
        try await withSeededApp(prepare: { db in box.fixture = try await AuthorizationMatrixTests.prepare(db, as: .representative) }) { client in
            let f = box.fixture
            let session = "peerpolis_session=\(try #require(f.sessionID))"
            let uri = "/api/v1/places/\(f.placeSlug)/interests"
            let cookieOnly = try await client.execute(uri: uri, method: .put, headers: [.cookie: session, .contentType: "application/json"],
                                                      body: ByteBuffer(string: #"{"interests": []}"#)) { $0.status }
            let cookieAndBadToken = try await client.execute(
                uri: uri, method: .put, headers: [.cookie: session, .contentType: "application/json", .authorization: "Bearer ppt_wrong"],
                body: ByteBuffer(string: #"{"interests": []}"#)) { $0.status }

            #expect(cookieOnly == .unauthorized)
            #expect(cookieAndBadToken == .unauthorized)
        }
    }

    @Test func anAdministratorListsEveryTokenAndRevokesAnother() async throws {
        let box = FixtureBox()
        try await withSeededApp(prepare: { db in box.fixture = try await AuthorizationMatrixTests.prepare(db, as: .administrator) }) { client in
            let f = box.fixture
            let browser = Browser(client)
            browser.setCookie("peerpolis_session", try #require(f.sessionID))
            let list = try await browser.get("/admin/tokens")
            let revoke = try await browser.post("/account/tokens/\(f.othersTokenID)/revoke", [:], csrf: f.csrf)
            let after = try await browser.get("/admin/tokens")

            #expect(list.status == .ok && list.body.contains("spare@city.eu") && list.body.contains("administrator@city.eu"))
            #expect(list.body.contains("/account/tokens/\(f.othersTokenID)/revoke"))
            #expect(revoke.status == .seeOther && revoke.headers[.location] == "/admin/tokens")
            #expect(!after.body.contains("/account/tokens/\(f.othersTokenID)/revoke"))
        }
    }

    /// The secret in the answer to the creation form.
    static func secret(in html: String) -> String? {
        guard let start = html.range(of: "<code id=\"new-token\">") else { return nil }
        let rest = html[start.upperBound...]
        return rest.firstIndex(of: "<").map { String(rest[..<$0]) }
    }
}
