@testable import PeerpolisDomain

/// Builders for the matching tests: the fixture cities, their cooperations and evidence, as an index.
enum Fixtures {
    static let today = Day(year: 2026, month: 1, day: 15)!

    static func id(_ name: String) -> Int { CityFixtures.cities.first { $0.name == name }!.id }
    static func name(_ id: Int) -> String { CityFixtures.cities.first { $0.id == id }!.name }

    static func day(_ year: Int) -> Day { Day(year: year, month: 6, day: 30)! }

    static func cooperation(_ names: [String], _ themes: [String], _ start: Int, _ end: Int) -> MatchIndex.Participation {
        MatchIndex.Participation(placeIDs: names.map(id), themeSlugs: themes, start: day(start), end: day(end))
    }

    /// Cooperations and networks modelled on the field's known ones.
    static let participations: [MatchIndex.Participation] = [
        cooperation(["Cabo San Lucas", "Almería"], ["investment-attraction", "sustainable-tourism"], 2018, 2020),
        cooperation(["Mannheim", "Chongqing"], ["cargo-rail"], 2018, 2020),
        cooperation(["Durban", "São Paulo"], ["informal-settlements"], 2015, 2017),
        cooperation(["Maputo", "São Paulo"], ["land-administration"], 2014, 2016),
        cooperation(["Lyon", "Turin"], ["cargo-rail"], 2016, 2024),
        cooperation(["Turin", "Naples", "Gdańsk", "Gent"], ["urban-commons"], 2018, 2021),
        cooperation(["Piraeus", "Porto", "Naples"], ["blue-growth-entrepreneurship"], 2018, 2020),
        cooperation(["Milan", "Gent", "Valencia", "Bordeaux"], ["urban-food-policy"], 2019, 2024),
        cooperation(["Vienna", "Barcelona", "Amsterdam", "Munich", "Lisbon"], ["affordable-housing"], 2021, 2025),
        cooperation(["Paris", "Barcelona", "Gent", "Amsterdam", "Hamburg"], ["active-travel"], 2020, 2025),
        cooperation(["Medellín", "Bogotá"], ["public-transport"], 2012, 2014),
    ]

    static let practices: [MatchIndex.PracticeEvidence] = [
        .init(ownerPlaceID: id("Turin"), themeSlugs: ["urban-commons"], receivingPlaceIDs: [id("Gdańsk"), id("Naples")]),
        .init(ownerPlaceID: id("Piraeus"), themeSlugs: ["blue-growth-entrepreneurship"], receivingPlaceIDs: [id("Porto")]),
        .init(ownerPlaceID: id("Milan"), themeSlugs: ["urban-food-policy"]),
        .init(ownerPlaceID: id("Vienna"), themeSlugs: ["affordable-housing"], receivingPlaceIDs: [id("Lisbon")]),
    ]

    static let pledges: [MatchIndex.PledgeEvidence] = [
        .init(placeID: id("Gent"), themeSlugs: ["social-rights"], date: day(2021)),
        .init(placeID: id("Barcelona"), themeSlugs: ["social-rights"], date: day(2021)),
    ]

    static func interests(skipping skipped: Set<String> = []) -> [PlaceInterest] {
        CityFixtures.cities.filter { !skipped.contains($0.name) }.flatMap { city in
            city.needs.map { PlaceInterest(placeID: city.id, themeSlug: $0, direction: .need, weight: 1) }
                + city.offers.map { PlaceInterest(placeID: city.id, themeSlug: $0, direction: .offer, weight: 1) }
        }
    }

    static func places() -> [MatchIndex.PlaceFacts] {
        CityFixtures.cities.map { c in
            MatchIndex.PlaceFacts(id: c.id, slug: Slug.make(c.name), name: c.name, countryCode: c.country,
                                  latitude: c.lat, longitude: c.lon, population: c.population, timeZone: c.zone)
        }
    }

    /// The fixture index; `withoutProfiles` leaves those cities with facts but no declared interests.
    static func makeIndex(withoutProfiles skipped: Set<String> = []) -> MatchIndex {
        MatchIndex(MatchIndex.Input(themes: RepoData.themes, countries: RepoData.countries, places: places(),
                                    interests: interests(skipping: skipped), practices: practices,
                                    participations: participations, pledges: pledges))
    }

    static let index = makeIndex()

    static func matchmaker(_ weights: MatchWeights = .default) -> Matchmaker { Matchmaker(index: index, weights: weights) }
}
