import XCTest
@testable import PeerpolisDomain

final class PartnerSearchPostTests: XCTestCase {
    func post(_ id: Int, _ place: String, seeks: [String], offers: [String], call: Int? = nil,
              closes: Day? = nil) -> PartnerSearchPost {
        PartnerSearchPost(id: id, slug: "post-\(id)", placeID: Fixtures.id(place), title: "Post \(id)", seeks: seeks,
                          offers: offers, callID: call, published: Day(year: 2025, month: 11, day: 1)!, closes: closes)
    }

    func testPostsAreMatchedBothWaysWithReasons() {
        let matcher = PostMatcher(matchmaker: Fixtures.matchmaker())
        let mine = post(1, "Lyon", seeks: ["school-streets"], offers: ["urban-food-policy"], call: 7)
        let others = [
            post(2, "Paris", seeks: ["urban-food-policy"], offers: ["school-streets"], call: 7),
            post(3, "Gent", seeks: ["housing"], offers: ["active-travel"]),
            post(4, "Tallinn", seeks: ["open-data"], offers: ["open-data"]),
            post(5, "Milan", seeks: ["urban-food-policy"], offers: ["school-streets"], closes: Day(year: 2025, month: 12, day: 1)!),
            post(6, "Lyon", seeks: ["urban-food-policy"], offers: ["school-streets"]),
        ]

        let matches = matcher.matches(for: mine, among: others, today: Fixtures.today)

        XCTAssertEqual(matches.map(\.post.id), [2, 3])
        XCTAssertEqual(matches[0].score, 1, accuracy: 1e-9)
        XCTAssertEqual(matches[0].reasons, [
            "Paris offers School streets and safe routes to school, which you seek.",
            "Paris seeks Urban food policy, which you offer.",
            "Both posts are for the same call.",
        ])
        XCTAssertEqual(matches[1].score, 0.1, accuracy: 1e-6)
        XCTAssertEqual(matches[1].reasons, ["Gent offers Active travel (for your School streets and safe routes to school), which you seek."])
    }

    func testAPostIsMatchedAgainstProfiles() throws {
        let matcher = PostMatcher(matchmaker: Fixtures.matchmaker())
        let mine = post(1, "Durban", seeks: ["informal-settlements"], offers: ["ports-waterfronts"])

        let response = try matcher.profileMatches(for: mine, filters: MatchFilters(excludeExistingPartners: false), limit: 3,
                                                  today: Fixtures.today)

        XCTAssertEqual(response.needs, ["informal-settlements": 1])
        XCTAssertTrue(Set(response.results.map(\.name)).isSuperset(of: ["São Paulo", "Maputo"]), "\(response.results.map(\.name))")
        XCTAssertEqual(response.results.count, 3)
    }

    func testOpenOnlyBetweenPublicationAndClosing() {
        let p = post(1, "Lyon", seeks: [], offers: [], closes: Day(year: 2026, month: 1, day: 31)!)

        XCTAssertTrue(p.isOpen(on: Fixtures.today))
        XCTAssertFalse(p.isOpen(on: Day(year: 2026, month: 2, day: 1)!))
        XCTAssertFalse(p.isOpen(on: Day(year: 2025, month: 10, day: 31)!))
    }
}
