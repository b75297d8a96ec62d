import PeerpolisDomain
import PeerpolisStorage
import PeerpolisTestSupport
import Testing

@Suite struct FilterTests {
    let today = day("2024-06-15")

    @Test func networkStatusComesFromDatesAndElseFromTheStatedStatus() async throws {
        try await withTestDatabase { db in
            for network in [
                Network(slug: "ended", name: "Ended", endDate: day("2024-06-14"), statedStatus: .ongoing),
                Network(slug: "ends-today", name: "Ends today", startDate: day("2023-01-01"), endDate: day("2024-06-15")),
                Network(slug: "starts-later", name: "Starts later", startDate: day("2024-06-16"), statedStatus: .closed),
                Network(slug: "stated-only", name: "Stated only", statedStatus: .closed),
                Network(slug: "unknown", name: "Unknown"),
            ] { _ = try await Network.insert(network, on: db.sql) }

            func slugs(_ status: LifecycleStatus) async throws -> [String] {
                try await Network.fetchAll(NetworkFilter(status: status), today: today, on: db.sql).map(\.slug).sorted()
            }

            #expect(try await slugs(.closed) == ["ended", "stated-only"])
            #expect(try await slugs(.ongoing) == ["ends-today"])
            #expect(try await slugs(.upcoming) == ["starts-later"])
            let all = try await Network.fetchAll(NetworkFilter(), today: today, on: db.sql)
            #expect(all.count == 5)
            // The SQL filter and the domain rule agree on every network.
            for network in all where network.status(today: today) != nil {
                #expect(try await slugs(network.status(today: today)!).contains(network.slug))
            }
        }
    }

    @Test func eventsSplitIntoUpcomingAndPastOnTheirLastDay() async throws {
        try await withTestDatabase { db in
            for event in [makeEvent(slug: "last-week", start: "2024-06-05", end: "2024-06-07"),
                          makeEvent(slug: "ends-today", start: "2024-06-14", end: "2024-06-15"),
                          makeEvent(slug: "next-month", start: "2024-07-01", end: "2024-07-01"),
                          makeEvent(slug: "next-week", start: "2024-06-20", end: "2024-06-21")] {
                _ = try await Event.insert(event, on: db.sql)
            }

            let upcoming = try await Event.fetchAll(EventFilter(when: .upcoming), today: today, on: db.sql)
            let past = try await Event.fetchAll(EventFilter(when: .past), today: today, on: db.sql)

            #expect(upcoming.map(\.slug) == ["ends-today", "next-week", "next-month"])
            #expect(past.map(\.slug) == ["last-week"])
        }
    }

    @Test func themeFilterIncludesSubThemesAndYearFilterUsesTheStartDate() async throws {
        try await withTestDatabase { db in
            try await Theme.upsert([makeTheme(slug: "mobility"), makeTheme(slug: "cycling", parent: "mobility"),
                                    makeTheme(slug: "culture")], on: db.sql)
            _ = try await Event.insert(makeEvent(slug: "bike-day", start: "2023-12-31", end: "2024-01-01", themes: ["cycling"]), on: db.sql)
            _ = try await Event.insert(makeEvent(slug: "transit-forum", start: "2024-03-01", end: "2024-03-02", themes: ["mobility"]), on: db.sql)
            _ = try await Event.insert(makeEvent(slug: "museum-night", start: "2024-05-01", end: "2024-05-01", themes: ["culture"]), on: db.sql)

            let mobility = try await Event.fetchAll(EventFilter(themeSlug: "mobility"), today: today, on: db.sql)
            let cycling = try await Event.fetchAll(EventFilter(themeSlug: "cycling"), today: today, on: db.sql)
            let in2024 = try await Event.fetchAll(EventFilter(year: 2024), today: today, on: db.sql)
            let mobilityIn2023 = try await Event.fetchAll(EventFilter(themeSlug: "mobility", year: 2023), today: today, on: db.sql)

            #expect(mobility.map(\.slug).sorted() == ["bike-day", "transit-forum"])
            #expect(cycling.map(\.slug) == ["bike-day"])
            #expect(in2024.map(\.slug).sorted() == ["museum-night", "transit-forum"])
            #expect(mobilityIn2023.map(\.slug) == ["bike-day"])
        }
    }

    @Test func placesFilterByCountrySizeClassAndNamePrefix() async throws {
        try await withTestDatabase { db in
            try await insertGeography([
                makePlace(id: 1, name: "Lyon", population: 520_774),
                makePlace(id: 2, name: "Lille", population: 234_475),
                makePlace(id: 3, name: "Laval", population: 49_999),
                makePlace(id: 4, name: "Almería", country: "ES", population: 196_851),
                makePlace(id: 5, name: "Ávila", country: "ES", population: 58_000),
            ], on: db)

            func names(_ filter: PlaceFilter) async throws -> [String] {
                try await Place.fetchPage(filter, page: PageRequest(size: 100), on: db.sql).items.map(\.name)
            }

            #expect(try await names(PlaceFilter(countryCode: "ES")) == ["Almería", "Ávila"])
            #expect(try await names(PlaceFilter(sizeClass: .smallCity)) == ["Almería", "Ávila"])
            #expect(try await names(PlaceFilter(sizeClass: .town)) == ["Laval"])
            #expect(try await names(PlaceFilter(sizeClass: .largeCity)) == ["Lyon"])
            #expect(try await names(PlaceFilter(namePrefix: "l")) == ["Lyon", "Lille", "Laval"])
            #expect(try await names(PlaceFilter(namePrefix: "Av")) == ["Ávila"])
            #expect(try await names(PlaceFilter(namePrefix: "ávi")) == ["Ávila"])
            #expect(try await names(PlaceFilter(countryCode: "FR", namePrefix: "Li")) == ["Lille"])
            #expect(try await names(PlaceFilter(namePrefix: "%")) == [])
        }
    }

    @Test func pagesCarryTheTotalOfTheWholeFilteredList() async throws {
        try await withTestDatabase { db in
            let places = (1...45).map { makePlace(id: $0, name: "Town \($0)", population: 1_000 * $0) }
                + [makePlace(id: 100, name: "Valencia", country: "ES", population: 800_000)]
            try await insertGeography(places, on: db)

            let first = try await Place.fetchPage(PlaceFilter(countryCode: "FR"), page: PageRequest(number: 1, size: 20), on: db.sql)
            let last = try await Place.fetchPage(PlaceFilter(countryCode: "FR"), page: PageRequest(number: 3, size: 20), on: db.sql)
            let beyond = try await Place.fetchPage(PlaceFilter(countryCode: "FR"), page: PageRequest(number: 9, size: 20), on: db.sql)

            #expect(first.total == 45)
            #expect(first.pageCount == 3)
            #expect(first.items.count == 20)
            #expect(first.items.first?.name == "Town 45")
            #expect(first.hasNext && !first.hasPrevious)
            #expect(last.items.map(\.name) == ["Town 5", "Town 4", "Town 3", "Town 2", "Town 1"])
            #expect(!last.hasNext)
            #expect(beyond.items.isEmpty)
            #expect(beyond.total == 45)
            #expect(try await Place.fetchCount(on: db.sql) == 46)
            #expect(try await Country.fetchPlaceCounts(on: db.sql) == ["FR": 45, "ES": 1])
        }
    }

    @Test func articlesFilterByYearAndCountry() async throws {
        try await withTestDatabase { db in
            try await insertGeography([makePlace(id: 1, name: "Lyon"), makePlace(id: 2, name: "Almería", country: "ES")], on: db)
            _ = try await Article.insert(Article(slug: "a", title: "A", kind: .news, publishedOn: day("2019-12-31"), placeIDs: [1]), on: db.sql)
            _ = try await Article.insert(Article(slug: "b", title: "B", kind: .news, publishedOn: day("2020-01-01"), placeIDs: [2]), on: db.sql)
            _ = try await Article.insert(Article(slug: "c", title: "C", kind: .opinion, placeIDs: [1, 2]), on: db.sql)

            let all = try await Article.fetchAll(ArticleFilter(), on: db.sql)
            let in2019 = try await Article.fetchAll(ArticleFilter(year: 2019), on: db.sql)
            let spain = try await Article.fetchAll(ArticleFilter(countryCode: "ES"), on: db.sql)

            #expect(all.map(\.slug) == ["b", "a", "c"])
            #expect(in2019.map(\.slug) == ["a"])
            #expect(spain.map(\.slug) == ["b", "c"])
        }
    }
}
