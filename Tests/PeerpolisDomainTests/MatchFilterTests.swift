import XCTest
@testable import PeerpolisDomain

final class MatchFilterTests: XCTestCase {
    /// Many combinations of filters, from several requesters: every result must satisfy every filter.
    func testEveryHardFilterAlwaysHolds() throws {
        // Half the requesters on an index where some places are bare (no profile, activity or partner),
        // which the scan handles in its own pass.
        let bare = Matchmaker(index: Fixtures.makeIndex(withoutProfiles: ["Nantes", "Oslo", "Geneva", "Dakar", "Tallinn"]))
        let requesters = ["Lyon", "Durban", "Chongqing", "Cabo San Lucas", "Oslo", "Warsaw"].map(Fixtures.id)
        let continentSets: [Set<Continent>] = [[], [.europe], [.europe, .southAmerica], [.africa, .asia]]
        let countrySets: [Set<String>] = [[], ["FR", "IT"], ["BR", "MX", "DE"]]
        let populations: [(Int?, Int?)] = [(nil, nil), (300_000, nil), (nil, 1_000_000), (200_000, 2_000_000)]
        var checked = 0

        for (n, requester) in requesters.enumerated() {
            let matchmaker = n.isMultiple(of: 2) ? Fixtures.matchmaker() : bare
            let index = matchmaker.index
            let partners = Set(index.partnerRange(Int(index.placeIndexByID[requester]!)).map { index.placeIDs[Int(index.partners[$0])] })
            for include in continentSets {
                for exclude in continentSets where exclude.isDisjoint(with: include) {
                    for countries in countrySets {
                        for excluded in [Set<String>(), ["ES"]] where excluded.isDisjoint(with: countries) {
                            for (low, high) in populations {
                                for flags in 0..<8 {
                                    var f = MatchFilters(includeContinents: include, excludeContinents: exclude,
                                                         includeCountries: [], excludeCountries: excluded,
                                                         crossContinent: flags & 1 != 0, minPopulation: low, maxPopulation: high,
                                                         onlyWithProfile: flags & 2 != 0, excludeExistingPartners: flags & 4 != 0)
                                    // Include countries only where they fit the continent filters (otherwise an error, tested below).
                                    f.includeCountries = countries.filter { code in
                                        let c = RepoData.country(code).continent
                                        return (include.isEmpty || include.contains(c)) && !exclude.contains(c)
                                    }
                                    let request = MatchRequest(placeID: requester, needs: ["affordable-housing": 1, "public-transport": 0.5],
                                                               filters: f, limit: 100)
                                    let results = try matchmaker.matches(request, today: Fixtures.today).results
                                    for r in results {
                                        assertHolds(f, r, requester: requester, partners: partners)
                                        checked += 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 10_000)
    }

    func assertHolds(_ f: MatchFilters, _ r: Match, requester: Int, partners: Set<Int>) {
        let country = RepoData.country(r.countryCode)
        let mine = Fixtures.index.country(ofPlace: requester)!
        let population = CityFixtures.cities.first { $0.id == r.placeID }!.population
        XCTAssertNotEqual(r.placeID, requester)
        if !f.includeContinents.isEmpty { XCTAssertTrue(f.includeContinents.contains(country.continent)) }
        XCTAssertFalse(f.excludeContinents.contains(country.continent))
        if !f.includeCountries.isEmpty { XCTAssertTrue(f.includeCountries.contains(r.countryCode)) }
        XCTAssertFalse(f.excludeCountries.contains(r.countryCode))
        if f.crossContinent {
            XCTAssertNotEqual(country.continent, mine.continent)
            XCTAssertNotEqual(country.isEUMember, mine.isEUMember)
        }
        if let low = f.minPopulation { XCTAssertGreaterThanOrEqual(population, low) }
        if let high = f.maxPopulation { XCTAssertLessThanOrEqual(population, high) }
        if f.excludeExistingPartners { XCTAssertFalse(partners.contains(r.placeID)) }
        XCTAssertEqual(r.isExistingPartner, partners.contains(r.placeID))
    }

    func testOnlyWithProfileLeavesOutPlacesWithoutOne() throws {
        // These five take part in no fixture cooperation either, so without interests they have no profile.
        let bare: Set<String> = ["Nantes", "Oslo", "Geneva", "Dakar", "Casablanca"]
        let matchmaker = Matchmaker(index: Fixtures.makeIndex(withoutProfiles: bare))
        var request = MatchRequest(placeID: Fixtures.id("Lyon"), needs: ["air-quality": 1], limit: 100)
        request.filters.onlyWithProfile = true
        request.filters.excludeExistingPartners = false

        let names = Set(try matchmaker.matches(request, today: Fixtures.today).results.map(\.name))

        XCTAssertEqual(names.count, CityFixtures.cities.count - 1 - bare.count)
        XCTAssertTrue(names.isDisjoint(with: bare))
    }

    func testIncludedCountriesOutsideTheOnlyPossibleCounterpartsGiveNoResultsNotAnError() throws {
        let matchmaker = Fixtures.matchmaker()
        // A French place asking for IURC pairing but only among Italian places: legal, just empty.
        let request = MatchRequest(placeID: Fixtures.id("Lyon"), needs: ["air-quality": 1],
                                   filters: MatchFilters(includeCountries: ["IT"], crossContinent: true))

        let response = try matchmaker.matches(request, today: Fixtures.today)

        XCTAssertEqual(response.results, [])
    }

    func testBadInputGivesErrorsThatSayWhatIsWrong() {
        let matchmaker = Fixtures.matchmaker()
        let lyon = Fixtures.id("Lyon")
        func message(_ request: MatchRequest) -> String? {
            do { _ = try matchmaker.matches(request, today: Fixtures.today); return nil } catch { return "\(error)" }
        }

        XCTAssertEqual(message(MatchRequest(placeID: 1, needs: ["housing": 1])), "No place has the id 1; pick a place from the directory.")
        XCTAssertEqual(message(MatchRequest(placeID: lyon, needs: ["flying-cars": 1, "housing": 1, "teleports": 1])),
                       "Unknown themes: flying-cars, teleports. Use slugs from the theme list.")
        XCTAssertEqual(message(MatchRequest(placeID: lyon, needs: ["housing": 1], limit: 0)), "The limit must be between 1 and 100, not 0.")
        XCTAssertEqual(message(MatchRequest(placeID: lyon, needs: ["housing": 1], limit: 101)), "The limit must be between 1 and 100, not 101.")
        XCTAssertEqual(message(MatchRequest(placeID: lyon, needs: ["housing": 1], filters: MatchFilters(includeCountries: ["FR"], excludeCountries: ["fr"]))),
                       "FR is both included and excluded; keep it in one list only.")
        XCTAssertEqual(message(MatchRequest(placeID: lyon, needs: ["housing": 1], filters: MatchFilters(includeContinents: [.asia], excludeContinents: [.asia]))),
                       "Asia is both included and excluded; keep it in one list only.")
        XCTAssertEqual(message(MatchRequest(placeID: lyon, needs: ["housing": 1], filters: MatchFilters(minPopulation: 500_000, maxPopulation: 100_000))),
                       "The minimum population (500000) is above the maximum (100000).")
        XCTAssertEqual(message(MatchRequest(placeID: lyon, needs: ["housing": 1], filters: MatchFilters(excludeContinents: [.southAmerica], includeCountries: ["BR"]))),
                       "Brazil is included but its continent, South America, is filtered out.")
        XCTAssertEqual(message(MatchRequest(placeID: lyon, needs: ["housing": 1], filters: MatchFilters(includeCountries: ["ZZ"]))),
                       "Unknown country code: ZZ. Use ISO 3166 alpha-2 codes such as FR.")
        XCTAssertEqual(message(MatchRequest(placeID: lyon, needs: ["housing": 1.5])), "The weight of housing must be between 0 and 1, not 1.5.")
    }

    func testAnEmptyRequestFromAPlaceWithoutProfileIsAnError() {
        let index = Fixtures.makeIndex(withoutProfiles: ["Geneva"])
        let request = MatchRequest(placeID: Fixtures.id("Geneva"), text: "nothing we recognise here")

        XCTAssertThrowsError(try Matchmaker(index: index).matches(request, today: Fixtures.today)) { error in
            XCTAssertEqual(error as? MatchError, .emptyRequest)
        }
    }
}
