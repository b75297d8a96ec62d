import XCTest
@testable import PeerpolisDomain

final class MatchReasonTests: XCTestCase {
    let requests: [MatchRequest] = [
        MatchRequest(placeID: Fixtures.id("Lyon"), needs: ["school-streets": 1, "air-quality": 0.5], limit: 15),
        MatchRequest(placeID: Fixtures.id("Durban"), needs: ["housing": 1], filters: MatchFilters(excludeExistingPartners: false)),
        MatchRequest(placeID: Fixtures.id("Cabo San Lucas"), filters: MatchFilters(crossContinent: true)),
        MatchRequest(placeID: Fixtures.id("Turin"), text: "Jugendarbeitslosigkeit und Ausbildung", limit: 30),
    ]

    /// Theme names found in a sentence, longest first so "Circular economy" inside
    /// "Circular economy and environment" is not counted twice.
    func themesNamed(in sentence: String) -> Set<String> {
        var text = sentence
        var found: Set<String> = []
        for theme in RepoData.themes.sorted(by: { $0.name.count > $1.name.count }) where text.contains(theme.name) {
            found.insert(theme.slug)
            text = text.replacingOccurrences(of: theme.name, with: "#")
        }
        return found
    }

    func testSignalsAddUpToTheScoreAndEveryReasonComesFromAContributingSignal() throws {
        let matchmaker = Fixtures.matchmaker()
        for request in requests {
            let response = try matchmaker.matches(request, today: Fixtures.today)
            XCTAssertFalse(response.results.isEmpty)
            for match in response.results {
                XCTAssertEqual(Set(match.signals.keys), Set(MatchSignal.allCases.map(\.rawValue)))
                XCTAssertEqual(match.signals.values.reduce(0, +), match.score, accuracy: 1e-9)
                let city = CityFixtures.cities.first { $0.id == match.placeID }!
                for reason in match.reasons {
                    let named = themesNamed(in: reason)
                    if reason.contains(" offers ") {
                        XCTAssertGreaterThan(match.signals["thematic"]!, 0, reason)
                        // Only themes the place offers (declared or as evidence) and that earned credit.
                        let offered = Set(city.offers + Fixtures.participations.filter { $0.placeIDs.contains(city.id) }.flatMap(\.themeSlugs)
                            + Fixtures.practices.filter { $0.ownerPlaceID == city.id || $0.receivingPlaceIDs.contains(city.id) }.flatMap(\.themeSlugs)
                            + Fixtures.pledges.filter { $0.placeID == city.id }.flatMap(\.themeSlugs))
                        let needed = Set(response.needs.keys)
                        for slug in named {
                            XCTAssertTrue(offered.contains(slug) || needed.contains(slug), "\(slug) in \(reason)")
                        }
                    } else if reason.contains(" needs ") {
                        XCTAssertGreaterThan(match.signals["mutual"]!, 0, reason)
                        XCTAssertTrue(named.isSubset(of: Set(city.needs)), reason)
                    } else if reason.contains("of your partners") {
                        XCTAssertGreaterThan(match.signals["network"]!, 0, reason)
                    } else if reason.contains("is active") {
                        XCTAssertGreaterThan(match.signals["trackRecord"]!, 0, reason)
                    } else if reason.contains("comparable context") {
                        XCTAssertGreaterThan(match.signals["context"]!, 0, reason)
                    } else if reason.contains("You already work with") {
                        XCTAssertTrue(match.isExistingPartner)
                    } else {
                        XCTAssertGreaterThan(match.signals["practicalities"]!, 0, reason)
                        XCTAssertTrue(named.isEmpty, reason)
                    }
                }
            }
        }
    }

    func testReasonsNameTheThemesLanguageDistanceAndPartners() throws {
        let matchmaker = Fixtures.matchmaker()
        let request = MatchRequest(placeID: Fixtures.id("Lyon"), needs: ["school-streets": 1, "air-quality": 1], limit: 40)

        let results = try matchmaker.matches(request, today: Fixtures.today).results
        let paris = try XCTUnwrap(results.first { $0.name == "Paris" })
        let gent = try XCTUnwrap(results.first { $0.name == "Gent" })

        XCTAssertEqual(paris.reasons.first, "Paris offers School streets and safe routes to school (declared), Air quality and pollution (declared) and Active travel (declared, 1 network or cooperation; related to your need for School streets and safe routes to school), which matches what you need.")
        XCTAssertTrue(paris.reasons.contains("Paris shares French as an official language, is 393 km away and is in your time zone."), "\(paris.reasons)")
        XCTAssertEqual(paris.distanceKm, 393.2, accuracy: 0.5) // haversine on the GeoNames coordinates
        XCTAssertTrue(gent.reasons.contains("One of your partners already works with Gent: Turin."), "\(gent.reasons)")
        XCTAssertGreaterThan(gent.signals["network"]!, 0)
        XCTAssertFalse(results.contains { $0.name == "Turin" }, "an existing partner is excluded by default")
    }

    func testRequestsWithoutNeedsFallBackToDeclaredNeeds() throws {
        let matchmaker = Fixtures.matchmaker()
        let request = MatchRequest(placeID: Fixtures.id("Warsaw"))

        let response = try matchmaker.matches(request, today: Fixtures.today)

        XCTAssertEqual(response.needs, ["air-quality": 1, "affordable-housing": 1])
        XCTAssertEqual(response.offers, ["citizen-participation": 0.7]) // its offer strength: declared only
        XCTAssertEqual(response.results.count, 20)
    }

    func testFreeTextIsInterpretedAndShownWithItsWords() throws {
        let matchmaker = Fixtures.matchmaker()
        let request = MatchRequest(placeID: Fixtures.id("Turin"), text: "Jugendarbeitslosigkeit und Ausbildung")

        let response = try matchmaker.matches(request, today: Fixtures.today)

        XCTAssertEqual(response.interpretedThemes, [InterpretedTheme(slug: "youth-employment", words: ["Jugendarbeitslosigkeit", "Ausbildung"])])
        XCTAssertEqual(response.needs, ["youth-employment": 1])
    }

    func testWeightsAreConfigurableAndTheSameRequestGivesTheSameAnswer() throws {
        let onlyThemes = Fixtures.matchmaker(MatchWeights(thematic: 0.4, mutual: 0, context: 0, trackRecord: 0, network: 0, practicalities: 0))
        let request = MatchRequest(placeID: Fixtures.id("Milan"), needs: ["affordable-housing": 1], limit: 5)

        let first = try onlyThemes.matches(request, today: Fixtures.today)
        let second = try onlyThemes.matches(request, today: Fixtures.today)

        XCTAssertEqual(first, second)
        // Vienna declared, showed a practice and transferred it (1.0); Amsterdam and Munich declared and took part
        // in the housing network (0.8 each, the tie kept in index order); then partial credit for related themes.
        XCTAssertEqual(first.results.map(\.name), ["Vienna", "Amsterdam", "Munich", "São Paulo", "Barcelona"])
        XCTAssertEqual(first.results[0].score, 0.4, accuracy: 1e-6)
        XCTAssertEqual(first.results[1].score, 0.32, accuracy: 1e-6)
        for match in first.results {
            XCTAssertEqual(match.signals["practicalities"], 0)
            XCTAssertEqual(match.reasons.count, match.isExistingPartner ? 2 : 1)
        }
    }
}
