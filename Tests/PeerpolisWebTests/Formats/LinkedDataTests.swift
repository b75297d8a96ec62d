import Foundation
import PeerpolisDomain
import XCTest
@testable import PeerpolisWeb

final class LinkedDataTests: XCTestCase {
    private typealias F = FormatFixtures
    private let antwerp = LinkedData.PlaceRef(place: FormatFixtures.antwerp(), url: "https://peerpolis.org/places/antwerpen-be",
                                              country: LinkedData.Link(name: "Belgium", url: "https://peerpolis.org/countries/be"))

    func testAllDayEventInAPlace() throws {
        let event = F.event()

        let json = try F.json(LinkedData.event(event, url: "https://peerpolis.org/events/urban-academy", place: antwerp,
                                               organizer: LinkedData.Link(name: "EUROCITIES", url: "https://peerpolis.org/organizations/eurocities")))

        XCTAssertEqual(json["@context"] as? String, "https://schema.org")
        XCTAssertEqual(json["@type"] as? String, "Event")
        XCTAssertEqual(json["startDate"] as? String, "2019-05-21")
        XCTAssertEqual(json["endDate"] as? String, "2019-05-22")
        XCTAssertEqual(json["eventAttendanceMode"] as? String, "https://schema.org/OfflineEventAttendanceMode")
        let location = try XCTUnwrap(json["location"] as? [String: Any])
        XCTAssertEqual(location["@type"] as? String, "City")
        XCTAssertEqual(location["sameAs"] as? String, "https://sws.geonames.org/2803138/")
        XCTAssertEqual((location["geo"] as? [String: Any])?["latitude"] as? Double, 51.21989)
        XCTAssertEqual((json["organizer"] as? [String: Any])?["name"] as? String, "EUROCITIES")
    }

    func testTimedEventsCarryTheirSummerAndWinterOffsets() throws {
        let summer = F.event(start: "2019-04-01", end: "2019-04-01", startTime: "09:30", endTime: "17:00")
        let winter = F.event(start: "2019-12-02", end: "2019-12-02", startTime: "09:30")

        let summerJSON = try F.json(LinkedData.event(summer, url: "https://x/e", place: antwerp, organizer: nil))
        let winterJSON = try F.json(LinkedData.event(winter, url: "https://x/e", place: antwerp, organizer: nil))

        XCTAssertEqual(summerJSON["startDate"] as? String, "2019-04-01T09:30:00+02:00")
        XCTAssertEqual(summerJSON["endDate"] as? String, "2019-04-01T17:00:00+02:00")
        XCTAssertEqual(winterJSON["startDate"] as? String, "2019-12-02T09:30:00+01:00")
        XCTAssertNil(winterJSON["endDate"], "no end time on a one-day event: no invented end")
        XCTAssertNil(winterJSON["organizer"])
    }

    func testTimesInATransitionFollowRFC5545() throws {
        let skipped = F.event(start: "2021-03-14", end: "2021-03-14", startTime: "02:30", timeZone: "America/New_York")
        let repeated = F.event(start: "2019-10-27", end: "2019-10-27", startTime: "02:30")

        let skippedJSON = try F.json(LinkedData.event(skipped, url: "https://x/e", place: nil, organizer: nil))
        let repeatedJSON = try F.json(LinkedData.event(repeated, url: "https://x/e", place: nil, organizer: nil))

        XCTAssertEqual(skippedJSON["startDate"] as? String, "2021-03-14T03:30:00-04:00", "read with the offset before the gap")
        XCTAssertEqual(repeatedJSON["startDate"] as? String, "2019-10-27T02:30:00+02:00", "the first of the two 02:30s")
    }

    func testOnlineAndMixedEventsUseVirtualLocation() throws {
        let online = F.event(isOnline: true)

        let onlineJSON = try F.json(LinkedData.event(online, url: "https://x/e", place: nil, organizer: nil))
        let mixedJSON = try F.json(LinkedData.event(online, url: "https://x/e", place: antwerp, organizer: nil))

        XCTAssertEqual(onlineJSON["eventAttendanceMode"] as? String, "https://schema.org/OnlineEventAttendanceMode")
        XCTAssertEqual((onlineJSON["location"] as? [String: Any])?["@type"] as? String, "VirtualLocation")
        XCTAssertEqual(mixedJSON["eventAttendanceMode"] as? String, "https://schema.org/MixedEventAttendanceMode")
        let types = (mixedJSON["location"] as? [[String: Any]])?.compactMap { $0["@type"] as? String }
        XCTAssertEqual(types, ["City", "VirtualLocation"])
    }

    func testHostileTextCannotCloseTheScriptElement() throws {
        let event = F.event(title: F.hostile, summary: "<!-- x --></SCRIPT>")

        let text = LinkedData.event(event, url: "https://x/e", place: nil, organizer: nil)

        XCTAssertFalse(text.contains("<"))
        XCTAssertFalse(text.contains(">"))
        XCTAssertFalse(text.contains("\u{1}"))
        let json = try F.json(text)
        XCTAssertEqual(json["name"] as? String, F.hostile, "escaped, not altered")
        XCTAssertEqual(json["description"] as? String, "<!-- x --></SCRIPT>")
    }

    func testNewsArticleWithOrganizationAuthorAndUndatedArticle() throws {
        let dated = F.article(authors: ["Ana Lopez", "eurocities"])
        let undated = Article(slug: "guide", title: "A guide", kind: .publication, publishedOn: nil)
        let known = [LinkedData.Link(name: "EUROCITIES", url: "https://peerpolis.org/organizations/eurocities")]
        let site = LinkedData.Link(name: "Peerpolis", url: "https://peerpolis.org/")

        let news = try F.json(LinkedData.article(dated, url: "https://x/a", about: ["Housing"], organizations: known, publisher: site))
        let guide = try F.json(LinkedData.article(undated, url: "https://x/g", about: [], publisher: site))

        XCTAssertEqual(news["@type"] as? String, "NewsArticle")
        XCTAssertEqual(news["headline"] as? String, "Housing First in Ghent")
        XCTAssertEqual(news["datePublished"] as? String, "2019-03-14")
        let authors = try XCTUnwrap(news["author"] as? [[String: Any]])
        XCTAssertEqual(authors.map { $0["@type"] as? String }, ["Person", "Organization"])
        XCTAssertEqual(authors.last?["url"] as? String, "https://peerpolis.org/organizations/eurocities")
        XCTAssertEqual(guide["@type"] as? String, "Article")
        XCTAssertNil(guide["datePublished"])
        XCTAssertNil(guide["author"], "empty lists are left out")
    }

    func testPlaceHasGeoCountrySameAsAndGeoNamesIdentifier() throws {
        let ref = antwerp

        let json = try F.json(LinkedData.place(ref))

        XCTAssertEqual(json["@type"] as? String, "City")
        XCTAssertEqual(json["name"] as? String, "Antwerpen")
        XCTAssertEqual(json["sameAs"] as? String, "https://sws.geonames.org/2803138/")
        XCTAssertEqual((json["identifier"] as? [String: Any])?["value"] as? String, "2803138")
        XCTAssertEqual((json["geo"] as? [String: Any])?["longitude"] as? Double, 4.40346)
        let country = try XCTUnwrap(json["containedInPlace"] as? [String: Any])
        XCTAssertEqual(country["@type"] as? String, "Country")
        XCTAssertEqual(country["identifier"] as? String, "BE")
    }

    func testCountryOrganizationPracticeAndGenericThing() throws {
        let belgium = Country(iso2: "BE", iso3: "BEL", isoNumeric: "056", name: "Belgium", continent: .europe,
                              isEUMember: true, languages: ["nl-BE"], capital: "Brussels", population: nil, geonameID: 2_802_361)
        let org = Organization(slug: "eurocities", name: "EUROCITIES", kind: .networkOfCities, website: "https://eurocities.eu")
        let practice = GoodPractice(slug: "bike", title: "Bike lanes", ownerPlaceID: 2_803_138, summary: "Lanes.")

        let country = try F.json(LinkedData.country(belgium, url: "https://x/countries/be"))
        let organization = try F.json(LinkedData.organization(org, url: "https://x/organizations/eurocities"))
        let work = try F.json(LinkedData.practice(practice, url: "https://x/practices/bike", about: ["Mobility"], owner: antwerp))
        let project = try F.json(LinkedData.thing(type: "Project", name: "URBACT ABC", url: "https://x/networks/abc",
                                                  extra: [("foundingDate", .string("2019-01-01")), ("x", nil)]))

        let codes = (country["identifier"] as? [[String: Any]])?.compactMap { $0["value"] as? String }
        XCTAssertEqual(codes, ["BE", "BEL", "056"])
        XCTAssertEqual(country["sameAs"] as? String, "https://sws.geonames.org/2802361/")
        XCTAssertEqual(organization["sameAs"] as? String, "https://eurocities.eu")
        XCTAssertEqual(work["@type"] as? String, "CreativeWork")
        XCTAssertEqual((work["spatialCoverage"] as? [String: Any])?["name"] as? String, "Antwerpen")
        XCTAssertEqual(project["foundingDate"] as? String, "2019-01-01")
        XCTAssertNil(project["x"])
    }

    func testSerializationIsDeterministicWithContextFirst() {
        let ref = antwerp

        let one = LinkedData.place(ref)
        let two = LinkedData.place(ref)

        XCTAssertEqual(one, two)
        XCTAssertTrue(one.hasPrefix("{\"@context\":\"https://schema.org\",\"@type\":\"City\",\"name\":\"Antwerpen\""))
    }
}
