import XCTest
@testable import PeerpolisDomain

/// The scan skips places whose best possible score cannot reach the k-th; these tests check that the
/// shortcut never changes the answer, by comparing with a ranking large enough that nothing is skipped.
final class MatchScanTests: XCTestCase {
    func testTopKEqualsTheHeadOfTheFullRanking() throws {
        // Also with "bare" places (no profile, activity or partner), which the scan takes country by country.
        for index in [Fixtures.index, Fixtures.makeIndex(withoutProfiles: ["Nantes", "Oslo", "Geneva", "Dakar", "Casablanca", "Tallinn"])] {
            try assertTopKEqualsHead(Matchmaker(index: index))
        }
    }

    func assertTopKEqualsHead(_ matchmaker: Matchmaker) throws {
        let requests = [
            MatchRequest(placeID: Fixtures.id("Lyon"), needs: ["school-streets": 1]),
            MatchRequest(placeID: Fixtures.id("Dakar"), text: "gestion des déchets et transports publics"),
            MatchRequest(placeID: Fixtures.id("Geneva"), needs: ["housing-access": 1], filters: MatchFilters(minPopulation: 200_000)),
            MatchRequest(placeID: Fixtures.id("Oslo"), needs: ["affordable-housing": 1], filters: MatchFilters(excludeContinents: [.europe])),
            MatchRequest(placeID: Fixtures.id("Vienna"), needs: ["climate-adaptation": 0.2], filters: MatchFilters(crossContinent: true)),
        ]

        for request in requests {
            var everything = request
            everything.limit = 100
            let full = try matchmaker.matches(everything, today: Fixtures.today).results
            for k in [1, 3, 5, 10] {
                var top = request
                top.limit = k
                let head = try matchmaker.matches(top, today: Fixtures.today).results

                XCTAssertEqual(head.map(\.placeID), full.prefix(k).map(\.placeID), "k = \(k) for \(Fixtures.name(request.placeID))")
            }
            XCTAssertEqual(full.map(\.score), full.map(\.score).sorted(by: >))
        }
    }
}
