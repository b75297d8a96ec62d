import XCTest
@testable import PeerpolisDomain

final class MatchIndexTests: XCTestCase {
    func testBuildsColumnsProfilesAndASortedGraph() {
        let index = Fixtures.index

        let naples = Int(index.placeIndexByID[Fixtures.id("Naples")]!)
        let neighbours = index.partnerRange(naples).map { Fixtures.name(index.placeIDs[Int(index.partners[$0])]) }

        XCTAssertEqual(index.count, 41)
        XCTAssertEqual(index.profileCount, 41)
        // Pairs: 1+1+1+1+1 bilateral, 6 (four commons cities), 3 (blue growth), 6 (food), 10 (housing), 10 (mobility), 1.
        XCTAssertEqual(index.linkCount, 5 + 6 + 3 + 6 + 10 + 10 + 1 - 1 /* Barcelona–Amsterdam is in two networks */)
        XCTAssertEqual(Set(neighbours), ["Turin", "Gdańsk", "Gent", "Piraeus", "Porto"])
        for i in 0..<index.count {
            let list = index.partnerRange(i).map { index.partners[$0] }
            XCTAssertEqual(list, list.sorted())
        }
    }

    func testOfferStrengthCombinesDeclarationsAndEvidence() {
        let index = Fixtures.index
        let lisbon = Int(index.placeIndexByID[Fixtures.id("Lisbon")]!)
        let housing = index.themeIDBySlug["affordable-housing"]!

        let entry = index.offerRange(lisbon).first { index.offerTheme[$0] == housing }!

        // Lisbon declares no housing offer, but received Vienna's practice and sits in the housing network.
        XCTAssertEqual(index.offerDeclared[entry], 0)
        XCTAssertEqual(index.offerExperience[entry], 2)
        XCTAssertEqual(index.offerStrength[entry], 0.2, accuracy: 1e-6)
    }

    func testOfficialLanguagesAndTimeZones() {
        let index = Fixtures.index

        XCTAssertEqual(MatchIndex.officialLanguages(of: RepoData.country("FR")), ["fr"])
        XCTAssertEqual(MatchIndex.officialLanguages(of: RepoData.country("BE")), ["nl", "fr", "de"])
        XCTAssertEqual(MatchIndex.officialLanguages(of: RepoData.country("CH")), ["de", "fr", "it"])
        let paris = Int(index.zone[Int(index.placeIndexByID[Fixtures.id("Paris")]!)])
        let bogota = Int(index.zone[Int(index.placeIndexByID[Fixtures.id("Bogotá")]!)])
        XCTAssertEqual(index.zoneOffsetMinutes[paris], 60)
        XCTAssertEqual(index.zoneOffsetMinutes[bogota], -300)
    }

    func testDayNumbersRoundTrip() {
        for n in [-1, 0, 1, 10_957, 20_468, 2_932_896] {
            XCTAssertEqual(Int(MatchMath.dayNumber(Day(daysSince1970: n))), n)
        }
        XCTAssertEqual(MatchMath.dayNumber(Day(year: 2026, month: 1, day: 15)!), 20_468)
    }

    func testTopKKeepsTheBestInOrder() {
        var heap = TopK(capacity: 3)

        for (i, score) in [0.5, 0.9, 0.1, 0.9, 0.7, 0.3].enumerated() { heap.offer(score: Float(score), index: Int32(i)) }

        XCTAssertEqual(heap.sorted().map(\.index), [1, 3, 4])
    }
}
