import XCTest
@testable import PeerpolisDomain

final class ConsortiumBuilderTests: XCTestCase {
    func candidate(_ name: String, _ country: String, score: Double, id: Int? = nil) -> ConsortiumCandidate {
        let c = RepoData.country(country)
        return ConsortiumCandidate(placeID: id ?? abs(name.hashValue % 1_000_000), name: name, countryCode: country,
                                   continent: c.continent, isEUMember: c.isEUMember, score: score)
    }

    lazy var lead = candidate("Lyon", "FR", score: 0, id: 1)
    lazy var pool: [ConsortiumCandidate] = [
        candidate("Paris", "FR", score: 0.9, id: 2), candidate("Nantes", "FR", score: 0.85, id: 3),
        candidate("Bordeaux", "FR", score: 0.8, id: 4), candidate("Milan", "IT", score: 0.75, id: 5),
        candidate("Turin", "IT", score: 0.7, id: 6), candidate("Gent", "BE", score: 0.65, id: 7),
        candidate("Porto", "PT", score: 0.5, id: 8), candidate("Medellín", "CO", score: 0.3, id: 9),
        candidate("Chongqing", "CN", score: 0.2, id: 10), candidate("Durban", "ZA", score: 0.1, id: 11),
    ]

    func testMeetsEveryRuleAndPrefersTheBestFit() {
        let rules = EligibilityRules(minPartners: 5, maxPartners: 6, minCountries: 4, maxPerCountry: 2,
                                     requiredRegions: ["Latin America"])

        let consortium = ConsortiumBuilder(rules: rules).build(lead: lead, candidates: pool, size: 6)

        XCTAssertTrue(consortium.meetsAllRules, "\(consortium.rules)")
        XCTAssertEqual(consortium.problems, [])
        XCTAssertEqual(consortium.partners.map(\.name), ["Paris", "Milan", "Turin", "Gent", "Medellín"])
        XCTAssertEqual(consortium.totalScore, 0.9 + 0.75 + 0.7 + 0.65 + 0.3, accuracy: 1e-9)
        XCTAssertEqual(consortium.rules.map(\.rule), ["minPartners", "maxPartners", "minCountries", "maxPerCountry", "region:Latin America"])
        XCTAssertEqual(consortium.rules.last?.sentence, "Latin America is represented by Medellín.")
        XCTAssertEqual(consortium.rules[2].sentence, "The partners come from 4 countries; the call asks for at least 4.")
    }

    func testRequiredContinentsAndTheEUAreCovered() {
        let rules = EligibilityRules(minPartners: 4, requiredContinents: [.asia, .africa], requiredRegions: ["EU"])

        let consortium = ConsortiumBuilder(rules: rules).build(lead: candidate("Medellín", "CO", score: 0, id: 9),
                                                              candidates: pool.filter { $0.placeID != 9 }, size: 4)

        XCTAssertTrue(consortium.meetsAllRules, "\(consortium.rules)")
        XCTAssertEqual(Set(consortium.partners.map(\.name)), ["Paris", "Chongqing", "Durban"])
    }

    func testTooFewCountriesIsExplained() {
        let rules = EligibilityRules(minPartners: 3, minCountries: 3)
        let frenchAndItalian = pool.filter { ["FR", "IT"].contains($0.countryCode) }

        let consortium = ConsortiumBuilder(rules: rules).build(lead: lead, candidates: frenchAndItalian, size: 4)

        XCTAssertFalse(consortium.meetsAllRules)
        XCTAssertEqual(consortium.problems, ["The call asks for at least 3 countries but only 2 countries have candidates after your filters."])
        XCTAssertEqual(consortium.rules.first { $0.rule == "minCountries" }?.isMet, false)
        XCTAssertEqual(consortium.rules.first { $0.rule == "minPartners" }?.isMet, true)
    }

    func testMissingRegionAndPerCountryCapAreExplained() {
        let rules = EligibilityRules(minPartners: 6, maxPerCountry: 1, requiredRegions: ["Oceania"])
        let european = pool.filter { RepoData.country($0.countryCode).continent == .europe }

        let consortium = ConsortiumBuilder(rules: rules).build(lead: lead, candidates: european, size: 6)

        XCTAssertFalse(consortium.meetsAllRules)
        XCTAssertEqual(consortium.problems, [
            "With at most 1 partner per country, these candidates allow only 4 partners, fewer than the 6 needed.",
            "The call requires a partner in Oceania but no candidate is there after your filters.",
        ])
        XCTAssertTrue(Set(consortium.members.map(\.countryCode)).count == consortium.members.count, "the cap still holds")
    }

    func testSizeOutsideTheCallsLimitsAndUnknownRegions() {
        let rules = EligibilityRules(minPartners: 5, maxPartners: 8, requiredRegions: ["Nordic"])

        let consortium = ConsortiumBuilder(rules: rules).build(lead: lead, candidates: pool, size: 3)

        XCTAssertEqual(consortium.members.count, 3)
        XCTAssertEqual(consortium.problems.first, "You asked for 3 partners but the call asks for at least 5.")
        XCTAssertEqual(consortium.rules.last?.sentence, "The call requires a partner in Nordic, a region Peerpolis cannot check; check it by hand.")
        XCTAssertEqual(ConsortiumBuilder(rules: rules).defaultSize, 5)
    }

    func testRegionCatalogue() {
        XCTAssertEqual(Region.contains("Latin America", countryCode: "MX", continent: .northAmerica, isEUMember: false), true)
        XCTAssertEqual(Region.contains("latin america", countryCode: "US", continent: .northAmerica, isEUMember: false), false)
        XCTAssertEqual(Region.contains("EU", countryCode: "NO", continent: .europe, isEUMember: false), false)
        XCTAssertEqual(Region.contains("Europe", countryCode: "NO", continent: .europe, isEUMember: false), true)
        XCTAssertEqual(Region.contains("European Union", countryCode: "PT", continent: .europe, isEUMember: true), true)
        XCTAssertEqual(Region.contains("Africa", countryCode: "SN", continent: .africa, isEUMember: false), true)
        XCTAssertEqual(Region.contains("Caribbean", countryCode: "JM", continent: .northAmerica, isEUMember: false), true)
        XCTAssertNil(Region.contains("Nordic", countryCode: "SE", continent: .europe, isEUMember: true))
    }

    func testProposalFromTheMatchmakerCoversRegionsBeyondTheTopHundred() throws {
        let matchmaker = Fixtures.matchmaker()
        let rules = EligibilityRules(minPartners: 5, minCountries: 4, maxPerCountry: 2, requiredContinents: [.asia],
                                     requiredRegions: ["Latin America"])
        let request = MatchRequest(placeID: Fixtures.id("Hamburg"), needs: ["affordable-housing": 1],
                                   filters: MatchFilters(excludeExistingPartners: false))

        let consortium = try matchmaker.proposeConsortium(request, rules: rules, size: 5, today: Fixtures.today)

        XCTAssertTrue(consortium.meetsAllRules, "\(consortium.rules)")
        XCTAssertEqual(consortium.lead.name, "Hamburg")
        XCTAssertTrue(consortium.partners.contains { $0.name == "Chongqing" })
        XCTAssertTrue(consortium.partners.contains { ["MX", "BR", "CO"].contains($0.countryCode) })
    }
}
