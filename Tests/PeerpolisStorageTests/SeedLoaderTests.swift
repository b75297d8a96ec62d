import PeerpolisDomain
import PeerpolisStorage
import PeerpolisTestSupport
import SQLKit
import Testing

@Suite struct SeedLoaderTests {
    @Test func referencedOnlyLoadsEverySeedEntityLinkedToTheRightPlaces() async throws {
        try await withTestDatabase { db in
            let emptyBefore = try await SeedLoader.isEmpty(db)

            let summary = try await SeedLoader.load(into: db, places: .referencedOnly)

            #expect(emptyBefore)
            #expect(try await SeedLoader.isEmpty(db) == false)
            #expect(summary.countries == 252)
            #expect(try await Country.fetchCount(on: db.sql) == 252)
            #expect(try await Place.fetchCount(on: db.sql) == summary.places)
            #expect(summary.organizations == 13 && summary.networks == 17 && summary.cooperations == 10)
            #expect(try await Network.fetchCount(on: db.sql) == summary.networks)
            #expect(try await Cooperation.fetchCount(on: db.sql) == summary.cooperations)
            #expect(try await GoodPractice.fetchCount(on: db.sql) == summary.practices)
            #expect(try await Event.fetchCount(on: db.sql) == summary.events)
            #expect(try await Article.fetchCount(on: db.sql) == summary.articles)
            #expect(try await Call.fetchCount(on: db.sql) == summary.calls)
            #expect(try await Pledge.fetchCount(on: db.sql) == summary.pledges)
            #expect(try await Theme.fetchAll(on: db.sql).count == summary.themes)
            #expect(try await SDG.fetchAll(on: db.sql).count == 17)

            let cooperation = try #require(try await Cooperation.fetchOne(slug: "los-cabos-almeria", on: db.sql))
            #expect(cooperation.placeIDs == [3_986_172, 2_521_886])
            #expect(cooperation.outcomes.contains { $0.amount == 50_000_000 && $0.unit == "USD" })

            let bluact = try #require(try await Network.fetchOne(slug: "bluact-second-wave", on: db.sql))
            #expect(bluact.leadPlaceID == 255_274)
            #expect(try await Place.fetchOne(id: 255_274, on: db.sql)?.name == "Piraeus")

            let academy = try #require(try await Event.fetchAll(EventFilter(hostPlaceID: 2_803_138), today: day("2024-01-01"), on: db.sql).first)
            #expect(academy.startDate == day("2019-05-21"))
            #expect(academy.endDate == day("2019-05-22"))
            #expect(academy.timeZone == "Europe/Brussels")
            #expect(academy.kind == .academy)

            let pledges = try await Pledge.fetchAll(PledgeFilter(), on: db.sql)
            #expect(pledges.map(\.placeID) == [2_996_944])
            #expect(try await Place.fetchOne(id: 2_996_944, on: db.sql)?.kind == .metropolitanArea)

            let articles = try await Article.fetchAll(ArticleFilter(), on: db.sql)
            #expect(articles.count == summary.articles)
            let articlePlaces = Set(articles.flatMap(\.placeIDs))
            #expect(articlePlaces.isEmpty == false)
            let resolved = try await Place.fetchDictionary(ids: articlePlaces, on: db.sql)
            #expect(Set(resolved.keys) == articlePlaces, "unresolved: \(articlePlaces.subtracting(resolved.keys).sorted())")
        }
    }

    @Test(.enabled(if: !TestDatabase.isPostgres, "Loading all 34,000 places is checked on SQLite only; it is slow."))
    func allLoadsEveryBundledPlaceWithUniqueSlugs() async throws {
        try await withTestDatabase { db in
            let summary = try await SeedLoader.load(into: db, places: .all)

            let count = try await Place.fetchCount(on: db.sql)
            let slugs = try await Place.fetchSlugs(on: db.sql)
            #expect(count > 33_000)
            #expect(count == summary.places)
            #expect(try await Country.fetchCount(on: db.sql) == 252)
            #expect(Set(slugs.values).count == slugs.count)
            #expect(slugs.values.allSatisfy { Slug.isValid($0) })
            #expect(slugs[2_996_944] == "lyon-fr")
            #expect(try await Place.fetchOne(id: 2_996_944, on: db.sql)?.kind == .metropolitanArea)
        }
    }
}
