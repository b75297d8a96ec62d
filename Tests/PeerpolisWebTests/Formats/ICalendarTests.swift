import Foundation
import PeerpolisDomain
import XCTest
@testable import PeerpolisWeb

final class ICalendarTests: XCTestCase {
    private typealias F = FormatFixtures
    private let stamp = Date(timeIntervalSince1970: 1_554_111_000) // 2019-04-01T09:30:00Z

    private func render(_ entries: [ICalendar.Entry]) -> String {
        ICalendar.render(name: "Peerpolis: events", host: "peerpolis.org", stamp: stamp, entries: entries)
    }

    func testCalendarHeaderAndAllDayEventWithExclusiveEnd() {
        let entry = ICalendar.Entry(event: F.event(), url: "https://peerpolis.org/events/urban-academy",
                                    placeName: "Antwerpen", categories: ["Migration", "Integration"])

        let lines = F.unfold(render([entry]))

        XCTAssertEqual(Array(lines.prefix(6)), [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Peerpolis//Peerpolis//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:Peerpolis: events",
        ])
        XCTAssertEqual(Array(lines.dropFirst(6)), [
            "BEGIN:VEVENT", "UID:event-urban-academy@peerpolis.org", "DTSTAMP:20190401T093000Z",
            "DTSTART;VALUE=DATE:20190521", "DTEND;VALUE=DATE:20190523", "SUMMARY:Urban Academy",
            "DESCRIPTION:Two days.", "URL:https://peerpolis.org/events/urban-academy", "LOCATION:Antwerpen",
            "CATEGORIES:Migration,Integration", "END:VEVENT", "END:VCALENDAR",
        ])
        XCTAssertFalse(lines.contains("BEGIN:VTIMEZONE"), "all-day events need no time zone")
    }

    func testAllDayEventEndingOnMonthEndRollsOverToNextMonth() {
        let entry = ICalendar.Entry(event: F.event(start: "2020-02-28", end: "2020-02-29"), url: "https://x/e")

        let lines = F.unfold(render([entry]))

        XCTAssertTrue(lines.contains("DTEND;VALUE=DATE:20200301"))
    }

    func testTimedEventUsesTZIDAndDefinesTheZone() {
        let event = F.event(start: "2019-04-01", end: "2019-04-01", startTime: "09:30", endTime: "17:00")
        let entry = ICalendar.Entry(event: event, url: "https://peerpolis.org/events/urban-academy", placeName: nil)

        let lines = F.unfold(render([entry]))

        XCTAssertTrue(lines.contains("DTSTART;TZID=Europe/Brussels:20190401T093000"))
        XCTAssertTrue(lines.contains("DTEND;TZID=Europe/Brussels:20190401T170000"))
        XCTAssertTrue(lines.contains("TZID:Europe/Brussels"))
        let zone = Array(lines.drop(while: { $0 != "BEGIN:VTIMEZONE" }).prefix(while: { $0 != "END:VTIMEZONE" }))
        // 2019 changed to summer time on 31 March at 02:00 CET and back on 27 October at 03:00 CEST.
        XCTAssertTrue(zone.joined(separator: "|").contains(
            "BEGIN:DAYLIGHT|DTSTART:20190331T020000|TZOFFSETFROM:+0100|TZOFFSETTO:+0200"))
        XCTAssertTrue(zone.joined(separator: "|").contains(
            "BEGIN:STANDARD|DTSTART:20191027T030000|TZOFFSETFROM:+0200|TZOFFSETTO:+0100"))
        XCTAssertTrue(zone.contains("DTSTART:20181028T030000"), "the observance in force at the start of 2019 is there")
        XCTAssertFalse(lines.contains("LOCATION:Online"))
    }

    func testZoneWithoutTransitionsGetsOneFixedObservance() {
        let event = F.event(start: "2024-06-10", end: "2024-06-10", startTime: "10:00", timeZone: "Asia/Tokyo")

        let lines = F.unfold(render([ICalendar.Entry(event: event, url: "https://x/e")]))

        let zone = Array(lines.drop(while: { $0 != "BEGIN:VTIMEZONE" }).prefix(while: { $0 != "END:VTIMEZONE" }))
        XCTAssertEqual(zone.filter { $0.hasPrefix("BEGIN:") }, ["BEGIN:VTIMEZONE", "BEGIN:STANDARD"])
        XCTAssertTrue(zone.contains("TZOFFSETFROM:+0900"))
        XCTAssertTrue(zone.contains("TZOFFSETTO:+0900"))
        XCTAssertFalse(lines.contains { $0.hasPrefix("DTEND") }, "a one-day event without end time has no DTEND")
    }

    func testOnlineAndUnknownZoneAndMultiDayWithoutEndTime() {
        let event = F.event(start: "2019-06-03", end: "2019-06-04", startTime: "14:00", timeZone: "Mars/Olympus",
                            isOnline: true)

        let lines = F.unfold(render([ICalendar.Entry(event: event, url: "https://x/e")]))

        XCTAssertTrue(lines.contains("DTSTART:20190603T140000"), "unknown zone: floating local time")
        XCTAssertTrue(lines.contains("DTEND:20190605T000000"), "runs to the end of the last day")
        XCTAssertTrue(lines.contains("LOCATION:Online"))
        XCTAssertFalse(lines.contains("BEGIN:VTIMEZONE"))
    }

    func testUIDIsStableAcrossCalendarsAndStampIsTheGivenOne() {
        let entry = ICalendar.Entry(event: F.event(slug: "forum-2019"), url: "https://x/e")

        let one = ICalendar.render(name: "All", host: "peerpolis.org", stamp: stamp, entries: [entry])
        let other = ICalendar.render(name: "Antwerpen", host: "peerpolis.org", stamp: stamp, entries: [entry])

        XCTAssertEqual(ICalendar.uid(slug: "forum-2019", host: "peerpolis.org"), "event-forum-2019@peerpolis.org")
        XCTAssertTrue(one.contains("\r\nUID:event-forum-2019@peerpolis.org\r\n"))
        XCTAssertEqual(one.replacingOccurrences(of: "X-WR-CALNAME:All", with: "X-WR-CALNAME:Antwerpen"), other)
    }

    func testTextIsEscapedAndControlCharactersDropped() {
        let event = F.event(title: F.hostile, summary: "Line one\r\nLine two\rthree")
        let entry = ICalendar.Entry(event: event, url: "https://x/e?a=1,2", placeName: "Brussels; centre",
                                    categories: ["A,B", "C"])

        let lines = F.unfold(render([entry]))

        XCTAssertTrue(lines.contains(
            "SUMMARY:Tom & Jerry's <b>\"best\"</b> </script> \\; a\\, b \\\\ c\\nnext"))
        XCTAssertTrue(lines.contains("DESCRIPTION:Line one\\nLine two\\nthree"))
        XCTAssertTrue(lines.contains("LOCATION:Brussels\\; centre"))
        XCTAssertTrue(lines.contains("CATEGORIES:A\\,B,C"))
        XCTAssertTrue(lines.contains("URL:https://x/e?a=1,2"), "URI values are not TEXT-escaped")
    }

    func testLongAccentedTextFoldsAt75OctetsWithoutSplittingCharacters() {
        let title = String(repeating: "Łódź–Malmö ényi ", count: 20) + "😀 end"
        let event = F.event(title: title)

        let text = render([ICalendar.Entry(event: event, url: "https://x/e")])

        let physical = text.components(separatedBy: "\r\n").dropLast()
        XCTAssertTrue(physical.allSatisfy { $0.utf8.count <= 75 }, "no line over 75 octets")
        XCTAssertGreaterThan(physical.filter { $0.hasPrefix(" ") }.count, 5, "the summary was folded")
        let byteLines = Array(text.utf8).split(separator: 0x0A).map { Array($0) }
        XCTAssertTrue(byteLines.allSatisfy { String(bytes: $0, encoding: .utf8) != nil }, "each line is valid UTF-8")
        XCTAssertTrue(F.unfold(text).contains("SUMMARY:" + title))
        XCTAssertTrue(text.hasSuffix("END:VCALENDAR\r\n"))
        XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "only CRLF line ends")
    }
}
