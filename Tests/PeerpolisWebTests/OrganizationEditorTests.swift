import Foundation
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

/// Runs `body` with a browser signed in as `who` over the seeded app and the authorization matrix's fixtures;
/// `extra` adds more fixtures first.
func withSignedIn(_ who: AuthorizationMatrixTests.Who,
                  extra: @escaping @Sendable (Database, AuthorizationMatrixTests.Fixture) async throws -> Void = { _, _ in },
                  _ body: @escaping @Sendable (Browser, AuthorizationMatrixTests.Fixture, Database) async throws -> Void) async throws {
    let box = FixtureBox(), dbBox = DatabaseBox()
    try await withSeededApp(prepare: { db in
        dbBox.db = db
        box.fixture = try await AuthorizationMatrixTests.prepare(db, as: who)
        try await extra(db, box.fixture)
    }) { client in
        let browser = Browser(client)
        browser.setCookie("peerpolis_session", try #require(box.fixture.sessionID))
        try await body(browser, box.fixture, try #require(dbBox.db))
    }
}

/// The second seeded organization: one the matrix's organization editor does not edit.
func otherOrganization(_ db: Database) async throws -> Organization {
    try await Organization.fetchAll(on: db.sql)[1]
}

/// An organization's editor keeps a network as a draft, publishes it with its members, changes and deletes it.
@Suite struct NetworkEditorTests {
    @Test func aNetworkIsDraftedPublishedWithItsMembersEditedWithItsHistoryAndDeleted() async throws {
        try await withSignedIn(.organizationEditor) { editor, f, db in
            let fields = ["name": "Heat shelter peers", "kind": "transfer", "organizer": f.organizationSlug, "lead": f.placeSlug,
                          "partners": "\(f.otherPlaceSlug), atlantis", "startDate": "2019-05-01", "endDate": "2019-01-01",
                          "website": "heat shelters", "outputs": "A shelter map\nA guide", "theme.\(f.themeSlug)": "1"]
            let blank = try await editor.get("/networks/new?organizer=\(f.organizationSlug)")
            let drafted = try await editor.post("/networks/new", fields.merging(["intent": "draft"]) { $1 }, csrf: f.csrf)
            let draftURL = try #require(drafted.headers[.location])
            let draftPage = try await editor.get(draftURL)
            let listWhileDrafted = try await editor.get("/networks")
            let draftID = String(draftURL.dropFirst("/drafts/".count).prefix { $0.isNumber })
            let invalid = try await editor.post("/networks/new", fields.merging(["intent": "publish", "draft": draftID]) { $1 },
                                                csrf: f.csrf)
            let valid = fields.merging(["partners": f.otherPlaceSlug, "endDate": "2021-12-31", "website": "https://heat.example",
                                        "intent": "publish"]) { $1 }
            let published = try await editor.post("/networks/new", valid.merging(["draft": draftID]) { $1 }, csrf: f.csrf)
            let page = try await editor.get("/networks/heat-shelter-peers")
            let search = try await editor.get("/search?q=shelter")
            let network = try #require(try await Network.fetchOne(slug: "heat-shelter-peers", on: db.sql))
            let edited = try await editor.post("/networks/heat-shelter-peers/edit",
                                               valid.merging(["partners": "", "observers": f.otherPlaceSlug, "kind": "action-planning"]) { $1 },
                                               csrf: f.csrf)
            let editPage = try await editor.get("/networks/heat-shelter-peers/edit")
            let after = try #require(try await Network.fetchOne(slug: "heat-shelter-peers", on: db.sql))
            let draftsLeft = try await Draft.fetchAll(organizationIDs: [network.organizationID ?? 0], userID: 0, on: db.sql)
            let deleted = try await editor.post("/networks/heat-shelter-peers/delete", [:], csrf: f.csrf)
            let gone = try await editor.get("/networks/heat-shelter-peers")
            let searchAfter = try await editor.get("/search?q=shelter")
            let log = try await AuditLog.fetchAll(entity: "network", entityID: network.id, on: db.sql)

            #expect(blank.status == .ok && blank.body.contains("name=\"partners\""))
            #expect(drafted.status == .seeOther && draftURL.hasPrefix("/drafts/"))
            #expect(draftPage.status == .ok && draftPage.body.contains("value=\"heat shelters\""))
            #expect(!listWhileDrafted.body.contains("Heat shelter peers"))
            #expect(invalid.status == .badRequest && invalid.body.contains("No place has the slug") && invalid.body.contains("atlantis"))
            #expect(invalid.body.contains("The last day cannot come before the first day (2019-05-01)."))
            #expect(invalid.body.contains("starting with https://"))
            #expect(invalid.body.contains("value=\"\(f.otherPlaceSlug), atlantis\"") && invalid.body.contains("A shelter map\nA guide"))
            #expect(published.status == .seeOther && published.headers[.location] == "/networks/heat-shelter-peers")
            #expect(page.status == .ok && page.body.contains("Heat shelter peers") && page.body.contains("/networks/heat-shelter-peers/edit"))
            #expect(search.body.contains("Heat shelter peers"))
            #expect(network.members.map(\.role) == [.lead, .partner] && network.leadPlaceID == network.members.first?.placeID)
            #expect(network.themeSlugs == [f.themeSlug] && network.outputs == ["A shelter map", "A guide"] && network.kind == .transfer)
            #expect(edited.status == .seeOther && after.kind == .actionPlanning && after.members.map(\.role) == [.lead, .observer])
            #expect(editPage.body.contains("edit · through a form · kind, members"))
            #expect(draftsLeft.isEmpty)
            #expect(deleted.status == .seeOther && deleted.headers[.location] == "/networks" && gone.status == .notFound)
            #expect(!searchAfter.body.contains("Heat shelter peers"))
            #expect(log.map(\.action) == ["create", "edit", "delete"])
        }
    }

    @Test func deletingANetworkThatPracticesReferToIsRefusedWhileEventsOnlyLoseTheMention() async throws {
        try await withSignedIn(.organizationEditor, extra: { db, f in
            let place = try #require(try await Place.fetchOne(slug: f.placeSlug, on: db.sql))
            let other = try #require(try await Place.fetchOne(slug: f.otherPlaceSlug, on: db.sql))
            let shared = try #require(try await Network.fetchOne(slug: f.networkSlug, on: db.sql))
            _ = try await GoodPractice.insert(
                GoodPractice(slug: "harbour-labs", title: "Harbour labs", ownerPlaceID: place.id, networkIDs: [shared.id],
                             transfers: [Transfer(receivingPlaceID: other.id, networkID: shared.id)]), on: db.sql)
            let quiet = try await Network.insert(Network(slug: "quiet-network", name: "Quiet network", organizationID: shared.organizationID),
                                                 on: db.sql)
            var event = try #require(try await Event.fetchOne(slug: f.eventSlug, on: db.sql))
            event.networkID = quiet.id
            try await Event.update(event, on: db.sql)
        }) { editor, f, db in
            let refused = try await editor.post("/networks/\(f.networkSlug)/delete", [:], csrf: f.csrf)
            let still = try await editor.get("/networks/\(f.networkSlug)")
            let detached = try await editor.post("/networks/quiet-network/delete", [:], csrf: f.csrf)
            let event = try #require(try await Event.fetchOne(slug: f.eventSlug, on: db.sql))
            let eventLog = try await AuditLog.fetchAll(entity: "event", entityID: event.id, on: db.sql)

            #expect(refused.status == .conflict && refused.body.contains("cannot be deleted while places"))
            #expect(refused.body.contains("Harbour labs") && refused.body.contains("role=\"alert\""))
            #expect(still.status == .ok)
            #expect(detached.status == .seeOther && event.networkID == nil)
            #expect(eventLog.last?.action == "edit" && eventLog.last?.changes.contains("network_id") == true)
        }
    }

    @Test func anEditorCannotTouchAnotherOrganizationsNetworkNorOneOfNoOrganization() async throws {
        try await withSignedIn(.organizationEditor, extra: { db, _ in
            let other = try await otherOrganization(db)
            _ = try await Network.insert(Network(slug: "their-network", name: "Their network", organizationID: other.id), on: db.sql)
            _ = try await Network.insert(Network(slug: "free-network", name: "Free network"), on: db.sql)
        }) { editor, f, db in
            let other = try await otherOrganization(db)
            let theirs = try await editor.get("/networks/their-network/edit")
            let change = try await editor.post("/networks/their-network/edit", ["name": "Taken over", "organizer": f.organizationSlug,
                                                                                 "intent": "publish"], csrf: f.csrf)
            let create = try await editor.post("/networks/new", ["name": "For them", "organizer": other.slug, "intent": "publish"],
                                               csrf: f.csrf)
            let free = try await editor.get("/networks/free-network/edit")
            let removal = try await editor.post("/networks/their-network/delete", [:], csrf: f.csrf)

            #expect(theirs.status == .forbidden && change.status == .forbidden && create.status == .forbidden)
            #expect(free.status == .forbidden && removal.status == .forbidden)
            #expect(try await Network.fetchOne(slug: "their-network", on: db.sql)?.name == "Their network")
        }
    }

    @Test func anAdministratorKeepsANetworkOfNoOrganization() async throws {
        try await withSignedIn(.administrator, extra: { db, _ in
            _ = try await Network.insert(Network(slug: "free-network", name: "Free network"), on: db.sql)
        }) { admin, f, db in
            let form = try await admin.get("/networks/free-network/edit")
            let saved = try await admin.post("/networks/free-network/edit", ["name": "Free network, renamed", "organizer": "",
                                                                               "intent": "publish"], csrf: f.csrf)
            let network = try #require(try await Network.fetchOne(slug: "free-network", on: db.sql))

            #expect(form.status == .ok && form.body.contains("— none (administrators only) —"))
            #expect(saved.status == .seeOther && network.name == "Free network, renamed" && network.organizationID == nil)
        }
    }
}

/// A programme's editor publishes a cooperation between places, with its outcomes, then changes and deletes it.
@Suite struct CooperationEditorTests {
    @Test func aCooperationNeedsTwoPlacesAndReadableOutcomesThenIsEditedAndDeleted() async throws {
        try await withSignedIn(.organizationEditor) { editor, f, db in
            let fields = ["title": "Shade for school yards", "programme": f.organizationSlug, "places": f.placeSlug,
                          "startDate": "2018-02-01", "narrative": "Two cities *planted* trees.",
                          "outcomes": "Forty yards shaded\nLoan | lots EUR", "theme.\(f.themeSlug)": "1", "intent": "publish"]
            let invalid = try await editor.post("/cooperations/new", fields, csrf: f.csrf)
            let valid = fields.merging(["places": "\(f.placeSlug), \(f.otherPlaceSlug)",
                                        "outcomes": "Forty yards shaded\nLoan | 5000000 EUR"]) { $1 }
            let published = try await editor.post("/cooperations/new", valid, csrf: f.csrf)
            let page = try await editor.get("/cooperations/shade-for-school-yards")
            let cooperation = try #require(try await Cooperation.fetchOne(slug: "shade-for-school-yards", on: db.sql))
            let form = try await editor.get("/cooperations/shade-for-school-yards/edit")
            let edited = try await editor.post("/cooperations/shade-for-school-yards/edit",
                                               valid.merging(["narrative": "Two cities planted 400 trees."]) { $1 }, csrf: f.csrf)
            let editPage = try await editor.get("/cooperations/shade-for-school-yards/edit")
            let deleted = try await editor.post("/cooperations/shade-for-school-yards/delete", [:], csrf: f.csrf)
            let gone = try await editor.get("/cooperations/shade-for-school-yards")

            #expect(invalid.status == .badRequest && invalid.body.contains("A cooperation joins at least two places"))
            #expect(invalid.body.contains("Line 2: write what came of it") && invalid.body.contains("Loan | lots EUR"))
            #expect(published.status == .seeOther && published.headers[.location] == "/cooperations/shade-for-school-yards")
            #expect(page.status == .ok && page.body.contains("<em>planted</em>") && page.body.contains("/cooperations/shade-for-school-yards/edit"))
            #expect(cooperation.placeIDs.count == 2 && cooperation.programmeID != nil && cooperation.themeSlugs == [f.themeSlug])
            #expect(cooperation.outcomes == [Outcome(description: "Forty yards shaded"),
                                             Outcome(description: "Loan", amount: 5_000_000, unit: "EUR")])
            #expect(form.body.contains("Loan | 5000000 EUR"))
            #expect(edited.status == .seeOther && editPage.body.contains("edit · through a form · narrative"))
            #expect(deleted.status == .seeOther && gone.status == .notFound)
        }
    }

    @Test func aCooperationOfNoProgrammeIsTheAdministratorsAlone() async throws {
        let extra: @Sendable (Database, AuthorizationMatrixTests.Fixture) async throws -> Void = { db, f in
            let place = try #require(try await Place.fetchOne(slug: f.placeSlug, on: db.sql))
            let other = try #require(try await Place.fetchOne(slug: f.otherPlaceSlug, on: db.sql))
            _ = try await Cooperation.insert(Cooperation(slug: "free-pair", title: "Free pair", placeIDs: [place.id, other.id]), on: db.sql)
        }
        try await withSignedIn(.organizationEditor, extra: extra) { editor, f, _ in
            let form = try await editor.get("/cooperations/free-pair/edit")
            let claimed = try await editor.post("/cooperations/new", ["title": "Unclaimed pair", "programme": "",
                                                                       "places": "\(f.placeSlug), \(f.otherPlaceSlug)",
                                                                       "intent": "publish"], csrf: f.csrf)
            #expect(form.status == .forbidden && claimed.status == .forbidden)
        }
        try await withSignedIn(.administrator, extra: extra) { admin, f, db in
            let saved = try await admin.post("/cooperations/free-pair/edit", ["title": "Free pair, renamed", "programme": "",
                                                                                "places": "\(f.placeSlug), \(f.otherPlaceSlug)",
                                                                                "intent": "publish"], csrf: f.csrf)
            let cooperation = try #require(try await Cooperation.fetchOne(slug: "free-pair", on: db.sql))
            #expect(saved.status == .seeOther && cooperation.title == "Free pair, renamed" && cooperation.programmeID == nil)
        }
    }
}

/// Administrators add and delete organizations; an organization's editors change its profile.
@Suite struct OrganizationEditorTests {
    @Test func anAdministratorAddsAnOrganizationChangesItAndDeletesItUnlessSomethingNamesIt() async throws {
        try await withSignedIn(.administrator) { admin, f, db in
            let blank = try await admin.get("/organizations/new")
            let drafts = try await admin.get("/account/drafts")
            let invalid = try await admin.post("/organizations/new", ["name": "X", "kind": "agency", "website": "ftp://files",
                                                                       "intent": "publish"], csrf: f.csrf)
            let fields = ["name": "Harbour Cities Agency", "kind": "agency", "website": "https://harbour.example",
                          "summary": "Helps port cities <b>cooperate</b>.", "intent": "publish"]
            let published = try await admin.post("/organizations/new", fields, csrf: f.csrf)
            let page = try await admin.get("/organizations/harbour-cities-agency")
            let edited = try await admin.post("/organizations/harbour-cities-agency/edit",
                                              fields.merging(["summary": "Helps port cities work together."]) { $1 }, csrf: f.csrf)
            let editPage = try await admin.get("/organizations/harbour-cities-agency/edit")
            let organization = try #require(try await Organization.fetchOne(slug: "harbour-cities-agency", on: db.sql))
            let refused = try await admin.post("/organizations/\(f.organizationSlug)/delete", [:], csrf: f.csrf)
            let deleted = try await admin.post("/organizations/harbour-cities-agency/delete", [:], csrf: f.csrf)
            let gone = try await admin.get("/organizations/harbour-cities-agency")
            let log = try await AuditLog.fetchAll(entity: "organization", entityID: organization.id, on: db.sql)

            #expect(blank.status == .ok && drafts.body.contains("/organizations/new"))
            #expect(invalid.status == .badRequest && invalid.body.contains("Give a name of 2 to 200 characters."))
            #expect(invalid.body.contains("value=\"ftp://files\"") && invalid.body.contains("starting with https://"))
            #expect(published.status == .seeOther && published.headers[.location] == "/organizations/harbour-cities-agency")
            #expect(page.status == .ok && page.body.contains("Helps port cities &lt;b&gt;cooperate&lt;/b&gt;."))
            #expect(page.body.contains("/organizations/harbour-cities-agency/edit") && page.body.contains("/networks/new?organizer=harbour-cities-agency"))
            #expect(edited.status == .seeOther && editPage.body.contains("edit · through a form · summary"))
            #expect(editPage.body.contains("/organizations/harbour-cities-agency/delete"))
            #expect(organization.kind == .agency && organization.website == "https://harbour.example")
            #expect(refused.status == .conflict && refused.body.contains("cannot be deleted while"))
            #expect(refused.body.contains(" network") && refused.body.contains(" call"))
            #expect(try await Organization.fetchOne(slug: f.organizationSlug, on: db.sql) != nil)
            #expect(deleted.status == .seeOther && deleted.headers[.location] == "/organizations" && gone.status == .notFound)
            #expect(log.map(\.action) == ["create", "edit", "delete"])
        }
    }

    @Test func anOrganizationsEditorChangesItsProfileOnly() async throws {
        try await withSignedIn(.organizationEditor) { editor, f, db in
            let other = try await otherOrganization(db)
            let blank = try await editor.get("/organizations/new")
            let create = try await editor.post("/organizations/new", ["name": "My own agency", "kind": "agency", "intent": "publish"],
                                               csrf: f.csrf)
            let form = try await editor.get("/organizations/\(f.organizationSlug)/edit")
            let saved = try await editor.post("/organizations/\(f.organizationSlug)/edit",
                                              ["name": "Renamed by its editor", "kind": "programme", "intent": "publish"], csrf: f.csrf)
            let drafted = try await editor.post("/organizations/\(f.organizationSlug)/edit",
                                                ["name": "Half a new name", "kind": "programme", "intent": "draft"], csrf: f.csrf)
            let theirs = try await editor.get("/organizations/\(other.slug)/edit")
            let removal = try await editor.post("/organizations/\(f.organizationSlug)/delete", [:], csrf: f.csrf)
            let organization = try #require(try await Organization.fetchOne(slug: f.organizationSlug, on: db.sql))

            #expect(blank.status == .forbidden && create.status == .forbidden)
            #expect(form.status == .ok && !form.body.contains("/organizations/\(f.organizationSlug)/delete"))
            #expect(saved.status == .seeOther && organization.name == "Renamed by its editor")
            #expect(drafted.status == .seeOther && drafted.headers[.location]?.hasPrefix("/drafts/") == true)
            #expect(theirs.status == .forbidden && removal.status == .forbidden)
        }
    }
}
