import Foundation
import PeerpolisDomain
import PeerpolisStorage
import PeerpolisTestSupport
import SQLKit
import Testing

/// The writes behind the places' editors: good practices with their transfers, pledges, and drafts kept for
/// a place, each keeping the search index in step, on the engine under test (SQLite, or PostgreSQL in CI).
@Suite struct PlaceContentWritesTests {
    let today = day("2026-01-05")

    func search(_ text: String, on db: Database) async throws -> [String] {
        try await SearchIndex.search(SearchQuery(text), page: PageRequest(number: 1, size: 20), today: today, in: db)
            .hits.map(\.slug)
    }

    @Test func aPracticeIsUpdatedAndDeletedWithItsLinksAndItsSearchDocument() async throws {
        try await withTestDatabase { db in
            try await insertGeography([makePlace(id: 1, name: "Lyon"), makePlace(id: 2, name: "Malaga", country: "ES"),
                                       makePlace(id: 3, name: "Puebla", country: "MX")], on: db)
            try await Theme.upsert([makeTheme(slug: "mobility"), makeTheme(slug: "energy", position: 1)], on: db.sql)
            let network = try await Network.insert(Network(slug: "line-net", name: "Line net"), on: db.sql)
            let slug = try await GoodPractice.freeSlug(for: "Night trams!", on: db.sql)
            var practice = try await GoodPractice.insert(
                GoodPractice(slug: slug, title: "Night trams", ownerPlaceID: 1, summary: "Trams all night.",
                             themeSlugs: ["mobility"], transfers: [Transfer(receivingPlaceID: 2, stage: .planned)]), on: db.sql)

            practice.title = "Night buses"
            practice.summary = "Buses all night."
            practice.ownerPlaceID = 2
            practice.themeSlugs = ["energy"]
            practice.networkIDs = [network.id]
            practice.transfers = []
            let changed = practice
            try await db.transaction { try await GoodPractice.update(changed, on: $0) }
            let updated = try await GoodPractice.fetchOne(id: changed.id, on: db.sql)
            let foundNew = try await search("buses", on: db)
            let foundOld = try await search("trams", on: db)
            try await db.transaction { try await GoodPractice.delete(id: changed.id, on: $0) }
            let transfersLeft = try await db.sql.select().column("id").from("transfers").all()

            #expect(slug == "night-trams")
            #expect(updated?.title == "Night buses" && updated?.ownerPlaceID == 2 && updated?.slug == "night-trams")
            #expect(updated?.themeSlugs == ["energy"] && updated?.networkIDs == [network.id])
            #expect(updated?.transfers.map(\.receivingPlaceID) == [2], "transfers have their own writes")
            #expect(foundNew == ["night-trams"])
            #expect(foundOld.isEmpty)
            #expect(try await GoodPractice.fetchOne(slug: "night-trams", on: db.sql) == nil)
            #expect(try await search("buses", on: db).isEmpty)
            #expect(transfersLeft.isEmpty)
        }
    }

    @Test func aTransferIsAddedChangedAndWithdrawn() async throws {
        try await withTestDatabase { db in
            try await insertGeography([makePlace(id: 1, name: "Lyon"), makePlace(id: 2, name: "Malaga", country: "ES"),
                                       makePlace(id: 3, name: "Puebla", country: "MX")], on: db)
            let practice = try await GoodPractice.insert(GoodPractice(slug: "commons", title: "Commons", ownerPlaceID: 1), on: db.sql)

            var added = try await Transfer.insert(Transfer(receivingPlaceID: 2, startDate: day("2025-09-01"), stage: .planned),
                                                  practiceID: practice.id, on: db.sql)
            added.stage = .adapted
            added.receivingPlaceID = 3
            try await Transfer.update(added, on: db.sql)
            let record = try await Transfer.fetchOne(id: added.id, on: db.sql)
            let hydrated = try await GoodPractice.fetchOne(slug: "commons", on: db.sql)
            try await Transfer.delete(id: added.id, on: db.sql)

            #expect(record?.practiceID == practice.id)
            #expect(record?.transfer == Transfer(id: added.id, receivingPlaceID: 3, startDate: day("2025-09-01"), stage: .adapted))
            #expect(hydrated?.transfers.map(\.id) == [added.id])
            #expect(try await Transfer.fetchOne(id: added.id, on: db.sql) == nil)
            #expect(try await GoodPractice.fetchOne(slug: "commons", on: db.sql)?.transfers.isEmpty == true)
        }
    }

    @Test func aPledgeIsUpdatedKeepingItsProgressAndDeletedWithIt() async throws {
        try await withTestDatabase { db in
            try await insertGeography([makePlace(id: 1, name: "Lyon"), makePlace(id: 2, name: "Malaga", country: "ES")], on: db)
            let slug = try await Pledge.freeSlug(for: "Housing first", on: db.sql)
            let pledge = try await Pledge.insert(
                Pledge(slug: slug, title: "Housing first", placeID: 1, framework: "Social rights", amount: 1_000, currency: "EUR",
                       progress: [PledgeProgress(date: day("2025-03-01"), note: "Shelters opened", amount: 100)]), on: db.sql)

            var edit = try #require(try await Pledge.fetchOne(id: pledge.id, on: db.sql))
            edit.title = "Housing for all"
            edit.placeID = 2
            edit.amount = nil
            edit.currency = nil
            edit.quantity = 400
            edit.unit = "homes"
            edit.principles = ["housing"]
            let changed = edit
            try await db.transaction { try await Pledge.update(changed, on: $0) }
            let saved = try await Pledge.fetchOne(slug: slug, on: db.sql)
            let byTitle = try await search("housing all", on: db)
            let byProgress = try await search("shelters", on: db)
            try await db.transaction { try await Pledge.delete(id: pledge.id, on: $0) }
            let progressLeft = try await db.sql.select().column("id").from("pledge_progress").all()

            #expect(saved?.title == "Housing for all" && saved?.placeID == 2 && saved?.quantity == 400 && saved?.amount == nil)
            #expect(saved?.unit == "homes" && saved?.principles == ["housing"])
            #expect(saved?.progress.map(\.note) == ["Shelters opened"])
            #expect(byTitle == [slug])
            #expect(byProgress == [slug])
            #expect(try await Pledge.fetchOne(slug: slug, on: db.sql) == nil)
            #expect(try await search("housing", on: db).isEmpty)
            #expect(progressLeft.isEmpty)
        }
    }

    @Test func aPlacesDraftsAreListedForItsRepresentativesAndGoWithThePlace() async throws {
        try await withTestDatabase { db in
            try await insertGeography([makePlace(id: 1, name: "Lyon"), makePlace(id: 2, name: "Malaga", country: "ES")], on: db)
            let author = try await User.insert(email: "ana@city.eu", displayName: "Ana", passwordHash: "h", now: Date(), on: db.sql)
            let other = try await User.insert(email: "bo@city.eu", displayName: "Bo", passwordHash: "h", now: Date(), on: db.sql)
            let lyon = try await Draft.save(Draft(entity: "practice", organizationID: nil, placeID: 1, userID: author.id,
                                                  title: "Lyon draft", fields: ["title": "Lyon draft"], updatedAt: Date()), on: db.sql)
            _ = try await Draft.save(Draft(entity: "pledge", organizationID: nil, placeID: 2, userID: author.id,
                                           title: "Malaga draft", fields: [:], updatedAt: Date()), on: db.sql)

            let forLyon = try await Draft.fetchAll(organizationIDs: [], placeIDs: [1], userID: other.id, on: db.sql)
            let forNone = try await Draft.fetchAll(organizationIDs: [], userID: other.id, on: db.sql)
            let read = try await Draft.fetchOne(id: lyon.id, on: db.sql)
            try await db.sql.delete(from: "places").where("id", .equal, 1).run()
            let afterPlaceGone = try await Draft.fetchAll(organizationIDs: [], placeIDs: [1, 2], userID: other.id, on: db.sql)

            #expect(forLyon.map(\.title) == ["Lyon draft"])
            #expect(forNone.isEmpty)
            #expect(read?.placeID == 1 && read?.organizationID == nil)
            #expect(afterPlaceGone.map(\.title) == ["Malaga draft"])
        }
    }
}
