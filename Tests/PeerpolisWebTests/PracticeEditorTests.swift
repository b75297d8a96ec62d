import Foundation
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

/// A place's representatives publish its good practices (drafts shared among them), and the practice's
/// place or a receiving place records transfers.
@Suite struct PracticeEditorTests {
    /// A signed-in session for a new account holding `grant`'s role (its user id is filled in).
    static func session(_ db: Database, email: String, grant: RoleGrant) async throws -> (id: String, csrf: String) {
        let user = try await User.insert(email: email, displayName: email, passwordHash: "x", now: Date(), on: db.sql)
        var grant = grant
        grant.userID = user.id
        try await RoleGrant.insert(grant, grantedBy: nil, now: Date(), on: db.sql)
        let id = "session-\(email)", csrf = "csrf-\(email)"
        try await UserSession.insert(idHash: SecretTokens.digest(id), userID: user.id, csrfToken: csrf, now: Date(),
                                     expiresAt: Date().addingTimeInterval(3600), on: db.sql)
        return (id, csrf)
    }

    /// A session for a new representative of the place with this slug.
    static func representative(of slug: String, email: String, _ db: Database) async throws -> (id: String, csrf: String) {
        let place = try #require(try await Place.fetchOne(slug: slug, on: db.sql))
        return try await session(db, email: email, grant: RoleGrant(userID: 0, role: .placeRepresentative, placeID: place.id))
    }

    final class Sessions: @unchecked Sendable {
        var colleague = (id: "", csrf: ""), other = (id: "", csrf: "")
    }

    @Test func aDraftIsSharedByThePlacesRepresentativesThenPublishedChangedAndDeleted() async throws {
        let sessions = Sessions()
        try await withSignedInApp(as: .representative, prepare: { db, f in
            sessions.colleague = try await Self.representative(of: f.placeSlug, email: "colleague@city.eu", db)
            sessions.other = try await Self.representative(of: f.otherPlaceSlug, email: "other@city.eu", db)
        }) { app in
            let f = app.fixture, rep = app.browser
            let colleague = Browser(app.client), other = Browser(app.client)
            colleague.setCookie("peerpolis_session", sessions.colleague.id)
            other.setCookie("peerpolis_session", sessions.other.id)
            let fields = ["title": "School streets", "place": f.placeSlug, "summary": "Streets closed to cars at school times.",
                          "body": "Bollards <b>and</b> volunteers.", "networks": "no-such-network", "theme.\(f.themeSlug)": "1"]

            let blank = try await rep.get("/practices/new?place=\(f.placeSlug)")
            let drafted = try await rep.post("/practices/new", fields.merging(["intent": "draft"]) { $1 }, csrf: f.csrf)
            let draftURL = try #require(drafted.headers[.location])
            let draftID = String(draftURL.dropFirst("/drafts/".count).prefix { $0.isNumber })
            let colleagueDrafts = try await colleague.get("/account/drafts")
            let colleagueDraft = try await colleague.get(draftURL)
            let otherDraft = try await other.get(draftURL)
            let invalid = try await colleague.post("/practices/new", fields.merging(["intent": "publish", "draft": draftID,
                                                                                    "title": "SS"]) { $1 },
                                                   csrf: sessions.colleague.csrf)
            let published = try await colleague.post("/practices/new", fields.merging(["intent": "publish", "draft": draftID,
                                                                                      "networks": ""]) { $1 },
                                                     csrf: sessions.colleague.csrf)
            let page = try await rep.get("/practices/school-streets")
            let edited = try await rep.post("/practices/school-streets/edit",
                                            fields.merging(["networks": "", "results": "Twelve schools.", "intent": "publish"]) { $1 },
                                            csrf: f.csrf)
            let editPage = try await rep.get("/practices/school-streets/edit")
            let found = try await rep.get("/search?q=bollards")
            let remaining = try await Draft.fetchAll(organizationIDs: [], placeIDs: [], userID: 0, on: app.db.sql)
            let practice = try #require(try await GoodPractice.fetchOne(slug: "school-streets", on: app.db.sql))
            let deleted = try await rep.post("/practices/school-streets/delete", [:], csrf: f.csrf)
            let gone = try await rep.get("/practices/school-streets")
            let log = try await AuditLog.fetchAll(entity: "practice", entityID: practice.id, on: app.db.sql)

            #expect(blank.status == .ok && blank.body.contains("<option value=\"\(f.placeSlug)\" selected>"))
            #expect(drafted.status == .seeOther)
            #expect(colleagueDrafts.body.contains("School streets"))
            #expect(colleagueDrafts.body.contains("/practices/new?place=\(f.placeSlug)"))
            #expect(colleagueDraft.status == .ok && colleagueDraft.body.contains("value=\"School streets\""))
            #expect(otherDraft.status == .forbidden)
            #expect(invalid.status == .badRequest)
            #expect(invalid.body.contains("Give a title of 3 to 200 characters."))
            #expect(invalid.body.contains("No network has the slug") && invalid.body.contains("no-such-network"))
            #expect(invalid.body.contains("value=\"SS\""), "the form keeps what was typed")
            #expect(published.status == .seeOther && published.headers[.location] == "/practices/school-streets")
            #expect(page.body.contains("Bollards &lt;b&gt;and&lt;/b&gt; volunteers."))
            #expect(page.body.contains("/practices/school-streets/edit") && page.body.contains("/practices/school-streets/transfers/new"))
            #expect(edited.status == .seeOther)
            #expect(practice.results == "Twelve schools." && practice.themeSlugs == [f.themeSlug])
            #expect(editPage.body.contains("edit · through a form · results"))
            #expect(found.body.contains("/practices/school-streets"))
            #expect(!remaining.contains { $0.id == Int(draftID) })
            #expect(deleted.status == .seeOther && deleted.headers[.location] == "/practices")
            #expect(gone.status == .notFound)
            #expect(log.map(\.action) == ["create", "edit", "delete"])
        }
    }

    @Test func anAdministratorTypesThePlaceAndAnUnknownOneComesBackAsAFieldMessage() async throws {
        try await withSignedInApp(as: .administrator) { app in
            let f = app.fixture
            let blank = try await app.browser.get("/practices/new")
            let unknown = try await app.browser.post("/practices/new", ["title": "Tree planting", "place": "atlantis",
                                                                        "summary": "Trees.", "intent": "publish"], csrf: f.csrf)
            let french = try await app.browser.get("/practices/new?lang=fr")

            #expect(blank.status == .ok && blank.body.contains("<input type=\"text\" id=\"practice-place\" name=\"place\""))
            #expect(unknown.status == .badRequest)
            #expect(unknown.body.contains("No place has the slug"))
            #expect(unknown.body.contains("value=\"Tree planting\""))
            #expect(french.body.contains("Nouvelle bonne pratique") && french.body.contains("Lieu (identifiant, comme malmo-se)"))
        }
    }

    @Test func theLinksOnAPracticesPageDependOnWhoLooks() async throws {
        let sessions = Sessions()
        try await withSignedInApp(as: .representative, prepare: { db, f in
            sessions.other = try await Self.representative(of: f.otherPlaceSlug, email: "other@city.eu", db)
            sessions.colleague = try await Self.session(db, email: "member2@city.eu", grant: RoleGrant(userID: 0, role: .member))
        }) { app in
            let f = app.fixture, path = "/practices/\(f.practiceSlug)"
            let other = Browser(app.client), member = Browser(app.client)
            other.setCookie("peerpolis_session", sessions.other.id)
            member.setCookie("peerpolis_session", sessions.colleague.id)
            let anonymous = try await Browser(app.client).get(path)
            let owner = try await app.browser.get(path)
            let receiving = try await other.get(path)
            let someone = try await member.get(path)
            let placePage = try await app.browser.get("/places/\(f.placeSlug)")
            let otherPlacePage = try await app.browser.get("/places/\(f.otherPlaceSlug)")

            for page in [anonymous, someone] {
                #expect(!page.body.contains("\(path)/edit") && !page.body.contains("/transfers/"))
            }
            #expect(owner.body.contains("\(path)/edit") && owner.body.contains("Record a transfer"))
            #expect(owner.body.contains("/transfers/\(f.transferID)/edit"))
            #expect(!receiving.body.contains("\(path)/edit"))
            #expect(receiving.body.contains("Report that your place adopts this practice"))
            #expect(receiving.body.contains("/transfers/\(f.transferID)/edit"), "its own adoption is its to change")
            #expect(placePage.body.contains("/practices/new?place=\(f.placeSlug)") && placePage.body.contains("/pledges/new?place="))
            #expect(!otherPlacePage.body.contains("/practices/new?place="))
        }
    }

    @Test func aReceivingPlaceReportsItsAdoptionButNotAnotherPlacesAndTheOwnerChangesIt() async throws {
        let sessions = Sessions()
        try await withSignedInApp(as: .representative, prepare: { db, f in
            sessions.other = try await Self.representative(of: f.otherPlaceSlug, email: "other@city.eu", db)
        }) { app in
            let f = app.fixture, practice = "/practices/\(f.otherPracticeSlug)"
            let other = Browser(app.client)
            other.setCookie("peerpolis_session", sessions.other.id)
            let csrf = sessions.other.csrf

            let form = try await other.get("\(practice)/transfers/new")
            let toThird = try await other.post("\(practice)/transfers", ["receiving": f.thirdPlaceSlug], csrf: csrf)
            let toOwner = try await other.post("\(practice)/transfers", ["receiving": f.placeSlug], csrf: csrf)
            let badStage = try await other.post("\(practice)/transfers", ["receiving": f.otherPlaceSlug, "stage": "finished",
                                                                          "startDate": "soon"], csrf: csrf)
            let reported = try await other.post("\(practice)/transfers", ["receiving": f.otherPlaceSlug, "stage": "planned"], csrf: csrf)
            let again = try await other.post("\(practice)/transfers", ["receiving": f.otherPlaceSlug], csrf: csrf)
            let saved = try #require(try await GoodPractice.fetchOne(slug: f.otherPracticeSlug, on: app.db.sql)?.transfers.first)
            let changed = try await app.browser.post("/transfers/\(saved.id)/edit", ["receiving": f.otherPlaceSlug, "stage": "adapted",
                                                                                     "startDate": "2019-02-01"], csrf: f.csrf)
            let moved = try await other.post("/transfers/\(saved.id)/edit", ["receiving": f.thirdPlaceSlug], csrf: csrf)
            let editPage = try await other.get("/transfers/\(saved.id)/edit")
            let after = try #require(try await Transfer.fetchOne(id: saved.id, on: app.db.sql))
            let page = try await other.get(practice)
            let withdrawn = try await other.post("/transfers/\(saved.id)/delete", [:], csrf: csrf)
            let log = try await AuditLog.fetchAll(entity: "transfer", entityID: saved.id, on: app.db.sql)

            #expect(form.status == .ok && form.body.contains("value=\"\(f.otherPlaceSlug)\""))
            #expect(toThird.status == .forbidden)
            #expect(toOwner.status == .badRequest && toOwner.body.contains("own place; give the place that adapts it."))
            #expect(badStage.status == .badRequest && badStage.body.contains("Choose a stage"))
            #expect(badStage.body.contains("Write the day the transfer started as YYYY-MM-DD"))
            #expect(reported.status == .seeOther && reported.headers[.location] == practice)
            #expect(again.status == .badRequest && again.body.contains("already records a transfer"))
            #expect(changed.status == .seeOther)
            #expect(moved.status == .forbidden, "a receiving place cannot move the transfer to a place it does not represent")
            #expect(after.transfer.stage == .adapted && after.transfer.startDate == Day(year: 2019, month: 2, day: 1))
            #expect(editPage.status == .ok && editPage.body.contains("edit · through a form · stage, start_date"))
            #expect(page.body.contains("Adapted"))
            #expect(withdrawn.status == .seeOther)
            #expect(try await Transfer.fetchOne(id: saved.id, on: app.db.sql) == nil)
            #expect(log.map(\.action) == ["create", "edit", "delete"])
        }
    }
}
