import Foundation
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

/// An organization's editor keeps an event as a draft, publishes it, changes it and deletes it.
@Suite struct EventEditorTests {
    @Test func aDraftStaysPrivateUntilPublishedThenChangesShowInTheHistory() async throws {
        let box = FixtureBox(), dbBox = DatabaseBox()
        try await withSeededApp(prepare: { db in
            dbBox.db = db
            box.fixture = try await AuthorizationMatrixTests.prepare(db, as: .organizationEditor)
        }) { client in
            let f = box.fixture, db = try #require(dbBox.db)
            let editor = Browser(client)
            editor.setCookie("peerpolis_session", try #require(f.sessionID))
            let blank = try await editor.get("/events/new?organizer=\(f.organizationSlug)")
            let drafted = try await editor.post("/events/new", ["title": "Tram depot visit", "organizer": f.organizationSlug,
                                                                "startDate": "next spring", "intent": "draft"], csrf: f.csrf)
            let draftURL = try #require(drafted.headers[.location])
            let draftPage = try await editor.get(draftURL)
            let drafts = try await editor.get("/account/drafts")
            let eventsWhileDrafted = try await editor.get("/events?page=1")
            let draftID = String(draftURL.dropFirst("/drafts/".count).prefix { $0.isNumber })
            let invalid = try await editor.post("/events/new", ["title": "Tram depot visit", "organizer": f.organizationSlug,
                                                                "startDate": "next spring", "host": f.placeSlug,
                                                                "timeZone": "Europe/Paris", "kind": "study-visit",
                                                                "draft": draftID, "intent": "publish"], csrf: f.csrf)
            let published = try await editor.post("/events/new", ["title": "Tram depot visit", "organizer": f.organizationSlug,
                                                                   "startDate": "2019-09-10", "endDate": "2019-09-11",
                                                                   "startTime": "09:30", "host": f.placeSlug, "capacity": "12",
                                                                   "timeZone": "Europe/Paris", "kind": "study-visit",
                                                                   "theme.\(f.themeSlug)": "1", "draft": draftID,
                                                                   "intent": "publish"], csrf: f.csrf)
            let page = try await editor.get("/events/tram-depot-visit")
            let changed = try await editor.post("/events/tram-depot-visit/edit", [
                "title": "Tram depot visit", "organizer": f.organizationSlug, "startDate": "2019-09-10", "endDate": "2019-09-11",
                "startTime": "09:30", "host": f.placeSlug, "capacity": "20", "timeZone": "Europe/Paris", "kind": "study-visit",
                "intent": "publish"], csrf: f.csrf)
            let editPage = try await editor.get("/events/tram-depot-visit/edit")
            let event = try #require(try await Event.fetchOne(slug: "tram-depot-visit", on: db.sql))
            let remainingDrafts = try await Draft.fetchAll(organizationIDs: [event.organizerID ?? 0], userID: 0, on: db.sql)
            let deleted = try await editor.post("/events/tram-depot-visit/delete", [:], csrf: f.csrf)
            let gone = try await editor.get("/events/tram-depot-visit")
            let log = try await AuditLog.fetchAll(entity: "event", entityID: event.id, on: db.sql)

            #expect(blank.status == .ok)
            #expect(drafted.status == .seeOther && draftURL.hasPrefix("/drafts/"))
            #expect(draftPage.status == .ok && draftPage.body.contains("value=\"next spring\""))
            #expect(drafts.body.contains("Tram depot visit"))
            #expect(!eventsWhileDrafted.body.contains("Tram depot visit"))
            #expect(invalid.status == .badRequest && invalid.body.contains("Write the first day as YYYY-MM-DD"))
            #expect(invalid.body.contains("value=\"next spring\""))
            #expect(published.status == .seeOther && published.headers[.location] == "/events/tram-depot-visit")
            #expect(page.status == .ok && page.body.contains("Tram depot visit"))
            #expect(changed.status == .seeOther)
            #expect(event.capacity == 20 && event.startTime == "09:30" && event.themeSlugs.isEmpty)
            #expect(editPage.body.contains("edit · through a form · capacity"))
            #expect(remainingDrafts.isEmpty)
            #expect(deleted.status == .seeOther && gone.status == .notFound)
            #expect(log.map(\.action) == ["create", "edit", "delete"])
        }
    }

    @Test func aMemberCannotOpenTheEditorAndAnotherOrganizationsDraftIsHidden() async throws {
        let box = FixtureBox(), dbBox = DatabaseBox()
        try await withSeededApp(prepare: { db in
            dbBox.db = db
            box.fixture = try await AuthorizationMatrixTests.prepare(db, as: .member)
        }) { client in
            let f = box.fixture, db = try #require(dbBox.db)
            let organization = try #require(try await Organization.fetchAll(on: db.sql).first)
            let author = try await User.insert(email: "author@network.eu", displayName: "Author", passwordHash: "x", now: Date(), on: db.sql)
            let draft = try await Draft.save(Draft(entity: "event", organizationID: organization.id, userID: author.id,
                                                   title: "Secret plan", fields: ["title": "Secret plan"], updatedAt: Date()),
                                             on: db.sql)
            let member = Browser(client)
            member.setCookie("peerpolis_session", try #require(f.sessionID))
            let editor = try await member.get("/events/new")
            let hidden = try await member.get("/drafts/\(draft.id)")
            let list = try await member.get("/account/drafts")

            #expect(editor.status == .forbidden)
            #expect(hidden.status == .forbidden)
            #expect(list.status == .ok && !list.body.contains("Secret plan"))
        }
    }
}

/// An organization's editor publishes a call with rules, which the application check then applies.
@Suite struct CallEditorTests {
    @Test func aCallIsDraftedPublishedWithItsRulesEditedAndDeleted() async throws {
        let box = FixtureBox(), dbBox = DatabaseBox()
        try await withSeededApp(prepare: { db in
            dbBox.db = db
            box.fixture = try await AuthorizationMatrixTests.prepare(db, as: .organizationEditor)
        }) { client in
            let f = box.fixture, db = try #require(dbBox.db)
            let editor = Browser(client)
            editor.setCookie("peerpolis_session", try #require(f.sessionID))
            let fields = ["title": "Pilot cities for heat plans", "organizer": f.organizationSlug, "opens": "2019-03-01",
                          "closes": "2019-10-31", "minPartners": "3", "maxPartners": "2", "continent.EU": "1",
                          "regions": "Latin America", "theme.\(f.themeSlug)": "1"]
            let drafted = try await editor.post("/calls/new", fields.merging(["intent": "draft"]) { $1 }, csrf: f.csrf)
            let draftURL = try #require(drafted.headers[.location])
            let draftPage = try await editor.get(draftURL)
            let draftID = String(draftURL.dropFirst("/drafts/".count).prefix { $0.isNumber })
            let invalid = try await editor.post("/calls/new", fields.merging(["intent": "publish", "draft": draftID]) { $1 }, csrf: f.csrf)
            let published = try await editor.post("/calls/new", fields.merging(["maxPartners": "8", "intent": "publish",
                                                                                "draft": draftID]) { $1 }, csrf: f.csrf)
            let page = try await editor.get("/calls/pilot-cities-for-heat-plans")
            let call = try #require(try await Call.fetchOne(slug: "pilot-cities-for-heat-plans", on: db.sql))
            let edited = try await editor.post("/calls/pilot-cities-for-heat-plans/edit",
                                               fields.merging(["maxPartners": "8", "minCountries": "3", "intent": "publish"]) { $1 },
                                               csrf: f.csrf)
            let editPage = try await editor.get("/calls/pilot-cities-for-heat-plans/edit")
            let after = try #require(try await Call.fetchOne(slug: "pilot-cities-for-heat-plans", on: db.sql))
            let deleted = try await editor.post("/calls/pilot-cities-for-heat-plans/delete", [:], csrf: f.csrf)
            let gone = try await editor.get("/calls/pilot-cities-for-heat-plans")

            #expect(drafted.status == .seeOther && draftPage.status == .ok)
            #expect(draftPage.body.contains("value=\"Latin America\""))
            #expect(invalid.status == .badRequest && invalid.body.contains("cannot be fewer than the least asked for (3)"))
            #expect(published.status == .seeOther && published.headers[.location] == "/calls/pilot-cities-for-heat-plans")
            #expect(page.status == .ok && page.body.contains("Pilot cities for heat plans"))
            #expect(call.rules == EligibilityRules(minPartners: 3, maxPartners: 8, requiredContinents: [.europe],
                                                   requiredRegions: ["Latin America"]))
            #expect(call.themeSlugs == [f.themeSlug])
            #expect(edited.status == .seeOther && after.rules.minCountries == 3)
            #expect(editPage.body.contains("edit · through a form · rules"))
            #expect(deleted.status == .seeOther && gone.status == .notFound)
        }
    }
}

/// An organization's editor publishes an article, whose Markdown is shown inert, then changes and deletes it.
@Suite struct ArticleEditorTests {
    @Test func anArticleIsPublishedWithItsPlacesEditedAndDeleted() async throws {
        let box = FixtureBox(), dbBox = DatabaseBox()
        try await withSeededApp(prepare: { db in
            dbBox.db = db
            box.fixture = try await AuthorizationMatrixTests.prepare(db, as: .organizationEditor)
        }) { client in
            let f = box.fixture, db = try #require(dbBox.db)
            let editor = Browser(client)
            editor.setCookie("peerpolis_session", try #require(f.sessionID))
            let fields = ["title": "Heat plans that worked", "kind": "case-study", "organizer": f.organizationSlug,
                          "authors": "Ana, Bo", "published": "2019-03-20", "summary": "What three cities learned.",
                          "body": "Shade first. <script>alert(1)</script> [x](javascript:alert(1))", "places": "atlantis",
                          "intent": "publish"]
            let invalid = try await editor.post("/articles/new", fields, csrf: f.csrf)
            let published = try await editor.post("/articles/new", fields.merging(["places": f.placeSlug]) { $1 }, csrf: f.csrf)
            let page = try await editor.get("/articles/heat-plans-that-worked")
            let article = try #require(try await Article.fetchOne(slug: "heat-plans-that-worked", on: db.sql))
            let edited = try await editor.post("/articles/heat-plans-that-worked/edit",
                                               fields.merging(["places": "", "kind": "news"]) { $1 }, csrf: f.csrf)
            let after = try #require(try await Article.fetchOne(slug: "heat-plans-that-worked", on: db.sql))
            let deleted = try await editor.post("/articles/heat-plans-that-worked/delete", [:], csrf: f.csrf)
            let gone = try await editor.get("/articles/heat-plans-that-worked")

            #expect(invalid.status == .badRequest && invalid.body.contains("No place has the slug"))
            #expect(published.status == .seeOther && published.headers[.location] == "/articles/heat-plans-that-worked")
            #expect(page.status == .ok && page.body.contains("Shade first."))
            #expect(!page.body.contains("<script>alert(1)") && !page.body.contains("href=\"javascript:"))
            #expect(article.authors == ["Ana", "Bo"] && article.kind == .caseStudy && article.placeIDs.count == 1)
            #expect(edited.status == .seeOther && after.kind == .news && after.placeIDs.isEmpty)
            #expect(deleted.status == .seeOther && gone.status == .notFound)
        }
    }
}
