import Foundation
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

/// A place representative reports progress on the place's pledge; the page sets it against the commitment.
@Suite struct PledgeProgressTests {
    @Test func aReportIsPublishedAgainstTheCommitmentAndBadFieldsComeBackWithMessages() async throws {
        let box = FixtureBox(), dbBox = DatabaseBox()
        try await withSeededApp(prepare: { db in
            dbBox.db = db
            box.fixture = try await AuthorizationMatrixTests.prepare(db, as: .representative)
        }) { client in
            let f = box.fixture, db = try #require(dbBox.db)
            let browser = Browser(client)
            browser.setCookie("peerpolis_session", try #require(f.sessionID))
            let form = try await browser.get("/pledges/\(f.pledgeSlug)/progress")
            let bad = try await browser.post("/pledges/\(f.pledgeSlug)/progress",
                                             ["date": "2019-13-01", "note": "<b>x</b>", "figure": "lots"], csrf: f.csrf)
            let future = try await browser.post("/pledges/\(f.pledgeSlug)/progress",
                                                ["date": "2019-04-02", "note": "Opened two shelters", "figure": ""], csrf: f.csrf)
            let good = try await browser.post("/pledges/\(f.pledgeSlug)/progress",
                                              ["date": "2019-03-15", "note": "Opened <two> shelters", "figure": "250,5"], csrf: f.csrf)
            let later = try await browser.post("/pledges/\(f.pledgeSlug)/progress",
                                               ["date": "2019-04-01", "note": "A third shelter", "figure": "400"], csrf: f.csrf)
            let page = try await browser.get("/pledges/\(f.pledgeSlug)")
            let pledge = try #require(try await Pledge.fetchOne(slug: f.pledgeSlug, on: db.sql))
            let log = try await AuditLog.fetchAll(entity: "pledge", entityID: pledge.id, on: db.sql)
            let withoutToken = try await browser.post("/pledges/\(f.pledgeSlug)/progress",
                                                      ["date": "2019-03-15", "note": "No token"], csrf: nil)

            #expect(form.status == .ok && form.body.contains("1,000 EUR"))
            #expect(bad.status == .badRequest)
            #expect(bad.body.contains("Write the day as YYYY-MM-DD"))
            #expect(bad.body.contains("Write the figure as a number of zero or more"))
            #expect(bad.body.contains("value=\"lots\"") && bad.body.contains("&lt;b&gt;x&lt;/b&gt;"))
            #expect(future.status == .badRequest && future.body.contains("cannot be dated after today"))
            #expect(good.status == .seeOther && later.status == .seeOther)
            #expect(good.headers[.location] == "/pledges/\(f.pledgeSlug)#progress")
            #expect(pledge.progress.map(\.amount) == [250.5, 400])
            #expect(pledge.progress.first?.note == "Opened <two> shelters")
            #expect(page.body.contains("40 % of the commitment reached (400 EUR of 1,000 EUR)"))
            #expect(page.body.contains("Opened &lt;two&gt; shelters"))
            #expect(log.map(\.action) == ["report-progress", "report-progress"])
            #expect(withoutToken.status == .forbidden)
        }
    }

    @Test func figuresAreReadWithSpacesAndADecimalComma() {
        #expect(ProgressForm.number("12 500,5") == 12_500.5)
        #expect(ProgressForm.number("12,500.5") == 12_500.5)
        #expect(ProgressForm.number("0") == 0)
        #expect(ProgressForm.number("-3") == nil)
        #expect(ProgressForm.number("1e9") == nil)
        #expect(ProgressForm.number("nan") == nil)
    }
}
