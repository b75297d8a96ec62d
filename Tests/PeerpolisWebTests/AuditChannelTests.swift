import Foundation
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

/// The audit log says how each write came, a form or the API with which token, and the editors' history
/// shows it.
@Suite struct AuditChannelTests {
    final class TokenBox: @unchecked Sendable {
        var token: APIToken?
        var secret = ""
    }

    @Test func anAPIWriteRecordsItsTokenIDAndNeverTheSecretWhileAFormWriteRecordsTheForm() async throws {
        let box = TokenBox()
        try await withSignedInApp(as: .representative, prepare: { db, _ in
            let user = try #require(try await User.fetchOne(email: "representative@city.eu", on: db.sql))
            (box.token, box.secret) = try await makeToken(for: user.id, on: db)
        }) { app in
            let f = app.fixture, token = try #require(box.token)
            let api = try await app.client.api(.post, "/api/v1/pledges/\(f.pledgeSlug)/progress",
                                               json: #"{"date": "2019-03-01", "note": "First shelter", "figure": 100}"#, token: box.secret)
            let form = try await app.browser.post("/pledges/\(f.pledgeSlug)/progress",
                                                  ["date": "2019-03-20", "note": "Second shelter", "figure": "200"], csrf: f.csrf)
            let pledge = try #require(try await Pledge.fetchOne(slug: f.pledgeSlug, on: app.db.sql))
            let log = try await AuditLog.fetchAll(entity: "pledge", entityID: pledge.id, on: app.db.sql)

            #expect(api.status == .created)
            #expect(form.status == .seeOther)
            #expect(log.map(\.channel) == [.api(tokenID: token.id), .form])
            #expect(!log.contains { $0.changes.contains(box.secret) })
        }
    }

    @Test func theHistoryOfAnEditorPageSaysHowEachChangeCame() async throws {
        try await withSignedInApp(as: .organizationEditor) { app in
            let f = app.fixture
            _ = try await app.browser.post("/events/\(f.eventSlug)/edit",
                                           ["title": "Renamed by form", "kind": "study-visit", "organizer": f.organizationSlug,
                                            "online": "1", "startDate": "2019-06-03", "timeZone": "Europe/Paris", "intent": "publish"],
                                           csrf: f.csrf)
            let event = try #require(try await Event.fetchOne(slug: f.eventSlug, on: app.db.sql))
            let user = try #require(try await User.fetchOne(email: "organizationEditor@city.eu", on: app.db.sql))
            let token = try await makeToken(for: user.id, on: app.db).token
            // No API write changes events yet: a row as one would write it, to see how the history shows it.
            try await AuditLog.record(userID: user.id, via: .api(tokenID: token.id), action: "edit", entity: "event",
                                      entityID: event.id, changes: ["summary": AuditChange(from: nil, to: "x")], now: Date(),
                                      on: app.db.sql)
            let page = try await app.browser.get("/events/\(f.eventSlug)/edit")
            let french = try await app.browser.get("/events/\(f.eventSlug)/edit?lang=fr")

            #expect(page.body.contains("organizationEditor · edit · through a form · capacity, is_online, title"))
            #expect(page.body.contains("organizationEditor · edit · through the API with token \(token.id) · summary"))
            #expect(french.body.contains("API avec le jeton \(token.id)"))
        }
    }
}
