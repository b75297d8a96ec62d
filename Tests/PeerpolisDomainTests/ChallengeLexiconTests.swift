import XCTest
@testable import PeerpolisDomain

final class ChallengeLexiconTests: XCTestCase {
    let lexicon = ChallengeLexicon()

    func slugs(_ text: String) -> [String] { lexicon.interpret(text).map(\.slug) }

    func testEveryLexiconSlugIsARealTheme() {
        let real = Set(RepoData.themes.map(\.slug))

        let unknown = lexicon.slugs.subtracting(real)

        XCTAssertEqual(RepoData.themes.count, 82)
        XCTAssertEqual(unknown, [])
    }

    func testEveryTopLevelThemeHasAtLeastFifteenTerms() {
        let parents = Dictionary(uniqueKeysWithValues: RepoData.themes.map { ($0.slug, $0.parentSlug ?? $0.slug) })

        var perTop: [String: Int] = [:]
        for (slug, terms) in ChallengeLexicon.builtInVocabulary { perTop[parents[slug]!, default: 0] += terms.count }

        XCTAssertEqual(perTop.count, 17)
        for (top, count) in perTop { XCTAssertGreaterThanOrEqual(count, 15, top) }
    }

    func testSixLanguages() {
        XCTAssertEqual(slugs("We want school streets and cleaner air quality"), ["school-streets", "air-quality"])
        XCTAssertEqual(slugs("Créer des rues scolaires et réduire la pollution de l'air"), ["school-streets", "air-quality"])
        XCTAssertEqual(slugs("Vivienda asequible y desahucios"), ["affordable-housing", "housing-access"])
        XCTAssertEqual(slugs("Rigenerazione urbana e beni comuni"), ["urban-regeneration", "urban-commons"])
        XCTAssertEqual(slugs("Hitzewellen und Überschwemmungen"), ["climate-adaptation"])
        XCTAssertEqual(slugs("Regularização fundiária nas favelas"), ["land-administration", "informal-settlements"])
    }

    func testShowsTheWordsAsWrittenAndPrefersTheLongestPhrase() {
        let interpreted = lexicon.interpret("Schulstraßen, Radwege und ÖFFENTLICHER Verkehr; school streets")

        XCTAssertEqual(interpreted, [
            InterpretedTheme(slug: "school-streets", words: ["Schulstraßen", "school streets"]),
            InterpretedTheme(slug: "active-travel", words: ["Radwege"]),
            InterpretedTheme(slug: "public-transport", words: ["ÖFFENTLICHER Verkehr"]),
        ])
        XCTAssertFalse(slugs("school streets").contains("education-youth"))
    }

    func testCityNamesAndUnrelatedTextAreNotThemes() {
        XCTAssertEqual(slugs("We would like to work with Porto and Roma"), [])
        XCTAssertEqual(slugs(""), [])
    }
}
