import Foundation
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

/// An officer applies to a call with a consortium; the call's organization reviews; each step is mailed.
@Suite struct ApplicationTests {
    struct Setup: Sendable {
        var member = AuthorizationMatrixTests.Fixture()
        var editorSession = "", editorCSRF = "", callSlug = "", closedSlug = "", lead = "", sameCountry = "", abroad = ""
    }

    final class SetupBox: @unchecked Sendable { var setup = Setup() }

    /// A member, an editor of the first organization, and two made-up calls of that organization: one open on
    /// the test's day that asks for two countries, one closed.
    static func prepare(_ db: Database) async throws -> Setup {
        var setup = Setup(member: try await AuthorizationMatrixTests.prepare(db, as: .member))
        let organization = try #require(try await Organization.fetchAll(on: db.sql).first)
        // Two places of one country and one of another, whichever the test data holds.
        let rows = try await db.sql.select().column("slug").column("country_code").from("places").orderBy("id").all()
        let places = try rows.map { (try $0.decode(column: "slug", as: String.self), try $0.decode(column: "country_code", as: String.self)) }
        let pair = try #require(Dictionary(grouping: places, by: \.1).values.first { $0.count >= 2 })
        let abroad = try #require(places.first { $0.1 != pair[0].1 })
        setup.lead = pair[0].0
        setup.sameCountry = pair[1].0
        setup.abroad = abroad.0
        setup.callSlug = try await Call.insert(
            Call(slug: "test-call", title: "Test call", organizationID: organization.id, opensOn: Day(year: 2019, month: 1, day: 1),
                 closesOn: Day(year: 2019, month: 6, day: 30), rules: EligibilityRules(minPartners: 2, minCountries: 2)),
            on: db.sql).slug
        setup.closedSlug = try await Call.insert(
            Call(slug: "closed-call", title: "Closed call", organizationID: organization.id, opensOn: Day(year: 2018, month: 1, day: 1),
                 closesOn: Day(year: 2018, month: 6, day: 30)), on: db.sql).slug
        let now = Date()
        let editor = try await User.insert(email: "editor@network.eu", displayName: "Editor", passwordHash: "x", now: now, on: db.sql)
        try await RoleGrant.insert(RoleGrant(userID: editor.id, role: .organizationEditor, organizationID: organization.id),
                                   grantedBy: nil, now: now, on: db.sql)
        try await UserSession.insert(idHash: SecretTokens.digest("session-editor"), userID: editor.id, csrfToken: "csrf-editor",
                                     now: now, expiresAt: now.addingTimeInterval(3600), on: db.sql)
        setup.editorSession = "session-editor"
        setup.editorCSRF = "csrf-editor"
        return setup
    }

    @Test func anApplicationIsCheckedAgainstTheRulesThenReviewedWithMailsToTheApplicant() async throws {
        let box = SetupBox(), dbBox = DatabaseBox()
        try await withSeededApp(prepare: { db in dbBox.db = db; box.setup = try await Self.prepare(db) }) { client in
            let s = box.setup, db = try #require(dbBox.db)
            let member = Browser(client)
            member.setCookie("peerpolis_session", try #require(s.member.sessionID))
            let proposal = String(repeating: "We share school streets across our cities. ", count: 3)
            let apply = "/calls/\(s.callSlug)/apply"

            let form = try await member.get(apply)
            let unknown = try await member.post(apply, ["lead": s.lead, "partners": "atlantis", "proposal": proposal], csrf: s.member.csrf)
            let unmet = try await member.post(apply, ["lead": s.lead, "partners": s.sameCountry, "proposal": proposal], csrf: s.member.csrf)
            let closed = try await member.post("/calls/\(s.closedSlug)/apply",
                                               ["lead": s.lead, "partners": s.abroad, "proposal": proposal], csrf: s.member.csrf)
            let submitted = try await member.post(apply, ["lead": s.lead, "partners": "\(s.sameCountry), \(s.abroad)", "proposal": proposal],
                                                  csrf: s.member.csrf)
            let location = try #require(submitted.headers[.location])
            let mine = try await member.get(location)
            let memberReview = try await member.post(location + "/review", ["status": "accepted"], csrf: s.member.csrf)

            let editor = Browser(client)
            editor.setCookie("peerpolis_session", s.editorSession)
            let list = try await editor.get("/calls/\(s.callSlug)/applications")
            let underReview = try await editor.post(location + "/review", ["status": "under-review"], csrf: s.editorCSRF)
            let backwards = try await editor.post(location + "/review", ["status": "submitted"], csrf: s.editorCSRF)
            let accepted = try await editor.post(location + "/review", ["status": "accepted", "note": "Strong <consortium>."],
                                                 csrf: s.editorCSRF)
            let final = try await member.get(location)
            let stranger = try await Browser(client).get(location)
            let home = try await member.get("/account")
            let anonymousHome = try await Browser(client).get("/account")
            let mails = try await OutboxMessage.fetchAll(on: db.sql).filter { $0.recipient == "member@city.eu" }

            #expect(form.status == .ok)
            #expect(unknown.status == .badRequest && unknown.body.contains("No place has the slug") && unknown.body.contains("atlantis"))
            #expect(unmet.status == .badRequest)
            #expect(unmet.body.contains("The partners come from 1 country; the call asks for at least 2."))
            #expect(unmet.body.contains(s.sameCountry))
            #expect(closed.status == .badRequest && closed.body.contains("This call closed on 2018-06-30"))
            #expect(submitted.status == .seeOther && location.hasPrefix("/applications/"))
            #expect(mine.status == .ok && mine.body.contains("Submitted") && !mine.body.contains("Review</h2>"))
            #expect(memberReview.status == .forbidden)
            #expect(list.status == .ok && list.body.contains(location))
            #expect(underReview.status == .seeOther && accepted.status == .seeOther)
            #expect(backwards.status == .badRequest && backwards.body.contains("cannot become submitted"))
            #expect(final.body.contains("Accepted") && final.body.contains("Strong &lt;consortium&gt;."))
            #expect(stranger.status == .seeOther && stranger.headers[.location] == "/sign-in")
            #expect(home.status == .ok && home.body.contains("Test call") && home.body.contains("Accepted"))
            #expect(home.body.contains(location) && home.body.contains("/account/drafts"))
            #expect(anonymousHome.status == .seeOther && anonymousHome.headers[.location] == "/sign-in")
            #expect(mails.map(\.subject).sorted() == ["Your application to Test call is accepted",
                                                       "Your application to Test call is submitted",
                                                       "Your application to Test call is under review"])
        }
    }
}
