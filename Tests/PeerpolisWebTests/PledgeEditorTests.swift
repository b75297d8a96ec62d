import Foundation
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

/// A place's representatives publish, change and delete its pledges; progress reports stay through edits.
@Suite struct PledgeEditorTests {
    @Test func aPledgeIsPublishedWithItsCommitmentChangedKeepingItsProgressAndDeleted() async throws {
        try await withSignedInApp(as: .representative) { app in
            let f = app.fixture, rep = app.browser
            let fields = ["title": "Homes for everyone", "place": f.placeSlug, "organization": f.organizationSlug,
                          "framework": "European Pillar of Social Rights", "principles": "housing, social inclusion",
                          "amount": "2500000", "startDate": "2019-01-01", "endDate": "2023-12-31",
                          "summary": "Two and a half million euros for housing first.", "intent": "publish"]

            let blank = try await rep.get("/pledges/new")
            let invalid = try await rep.post("/pledges/new", fields.merging(["quantity": "-4", "unit": "homes",
                                                                            "organization": "no-such-body",
                                                                            "endDate": "2018-01-01"]) { $1 }, csrf: f.csrf)
            let published = try await rep.post("/pledges/new", fields.merging(["currency": "eur"]) { $1 }, csrf: f.csrf)
            let progress = try await rep.post("/pledges/homes-for-everyone/progress",
                                              ["date": "2019-03-01", "note": "First homes let", "figure": "500000"], csrf: f.csrf)
            let page = try await rep.get("/pledges/homes-for-everyone")
            let edited = try await rep.post("/pledges/homes-for-everyone/edit",
                                            fields.merging(["currency": "EUR", "amount": "3000000", "principles": "housing"]) { $1 },
                                            csrf: f.csrf)
            let pledge = try #require(try await Pledge.fetchOne(slug: "homes-for-everyone", on: app.db.sql))
            let editPage = try await rep.get("/pledges/homes-for-everyone/edit")
            let french = try await rep.get("/pledges/homes-for-everyone/edit?lang=fr")
            let deleted = try await rep.post("/pledges/homes-for-everyone/delete", [:], csrf: f.csrf)
            let gone = try await rep.get("/pledges/homes-for-everyone")

            #expect(blank.status == .ok && blank.body.contains("<option value=\"\(f.placeSlug)\" selected>"))
            #expect(invalid.status == .badRequest)
            #expect(invalid.body.contains("three-letter code, such as EUR"))
            #expect(invalid.body.contains("Give the quantity as a number greater than 0"))
            #expect(invalid.body.contains("No organization has the slug"))
            #expect(invalid.body.contains("The pledge cannot end before it starts (2019-01-01)."))
            #expect(invalid.body.contains("value=\"Homes for everyone\""))
            #expect(published.status == .seeOther && published.headers[.location] == "/pledges/homes-for-everyone")
            #expect(progress.status == .seeOther)
            #expect(page.body.contains("/pledges/homes-for-everyone/edit"))
            #expect(edited.status == .seeOther)
            #expect(pledge.amount == 3_000_000 && pledge.currency == "EUR" && pledge.principles == ["housing"])
            #expect(pledge.progress.map(\.note) == ["First homes let"])
            #expect(editPage.body.contains("value=\"3000000\""))
            #expect(editPage.body.contains("report-progress · through a form"))
            #expect(editPage.body.contains("edit · through a form · amount, principles"))
            #expect(french.body.contains("Montant engagé (facultatif)") && french.body.contains("Supprimer cet engagement"))
            #expect(deleted.status == .seeOther && deleted.headers[.location] == "/pledges")
            #expect(gone.status == .notFound)
        }
    }

    @Test func anotherPlacesRepresentativeCanNeitherEditNorMoveAPledgeHere() async throws {
        try await withSignedInApp(as: .representativeOfOtherPlace) { app in
            let f = app.fixture
            let page = try await app.browser.get("/pledges/\(f.pledgeSlug)")
            let editor = try await app.browser.get("/pledges/\(f.pledgeSlug)/edit")
            let ownNew = try await app.browser.get("/pledges/new")
            let forged = try await app.browser.post("/pledges/new", ["title": "Not ours", "place": f.placeSlug,
                                                                     "framework": "Test framework", "intent": "publish"],
                                                    csrf: f.csrf)
            let draft = try await app.browser.post("/pledges/new", ["title": "Not ours", "place": f.placeSlug,
                                                                    "framework": "Test framework", "intent": "draft"],
                                                   csrf: f.csrf)

            #expect(!page.body.contains("/pledges/\(f.pledgeSlug)/edit"))
            #expect(editor.status == .forbidden)
            #expect(ownNew.status == .ok && ownNew.body.contains("<option value=\"\(f.otherPlaceSlug)\" selected>"))
            #expect(!ownNew.body.contains("<option value=\"\(f.placeSlug)\""))
            #expect(forged.status == .forbidden && forged.body.contains("only its representatives can"))
            #expect(draft.status == .forbidden, "a draft is kept for a place the account represents")
        }
    }
}
