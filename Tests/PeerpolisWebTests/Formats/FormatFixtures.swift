import Foundation
import PeerpolisDomain
import XCTest
@testable import PeerpolisWeb
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Small builders for the format tests, namespaced so they cannot clash with other suites' fixtures.
enum FormatFixtures {
    /// Text that breaks naive writers: markup, quotes, an ampersand, control characters and a script end.
    static let hostile = "Tom & Jerry's <b>\"best\"</b>\u{1}\u{0B} </script> ; a, b \\ c\nnext"

    static func day(_ text: String) -> Day { Day(text)! }

    static func date(_ day: String) -> Date { Timestamps.date(Day(day)!) }

    static func header(fallback: String = "2024-01-01") -> FeedHeader {
        FeedHeader(title: "Peerpolis: articles", subtitle: "News from cities", selfURL: "https://peerpolis.org/articles.atom",
                   alternateURL: "https://peerpolis.org/articles", siteName: "Peerpolis", language: "en",
                   fallbackDate: date(fallback))
    }

    static func article(slug: String = "housing-first", title: String = "Housing First in Ghent",
                        publishedOn: String? = "2019-03-14", authors: [String] = ["Ana Lopez"]) -> Article {
        Article(id: 1, slug: slug, title: title, kind: .news, authors: authors,
                publishedOn: publishedOn.map(day), summary: "How Ghent ended street homelessness.",
                themeSlugs: ["housing"])
    }

    static func event(slug: String = "urban-academy", start: String = "2019-05-21", end: String = "2019-05-22",
                      startTime: String? = nil, endTime: String? = nil, timeZone: String = "Europe/Brussels",
                      isOnline: Bool = false, title: String = "Urban Academy", summary: String = "Two days.") -> Event {
        Event(id: 1, slug: slug, title: title, kind: .academy, isOnline: isOnline, startDate: day(start),
              endDate: day(end), startTime: startTime, endTime: endTime, timeZone: timeZone, summary: summary,
              themeSlugs: ["migration"])
    }

    static func antwerp() -> Place {
        Place(id: 2_803_138, slug: "antwerpen-be", name: "Antwerpen", asciiName: "Antwerpen", countryCode: "BE",
              latitude: 51.21989, longitude: 4.40346, population: 459_805, timeZone: "Europe/Brussels")
    }

    /// Parses XML with Foundation's parser and returns the first error, or nil when the document is well formed.
    static func xmlError(_ text: String) -> String? {
        let parser = XMLParser(data: Data(text.utf8))
        // On Linux `parse()` can return true for an ill-formed document and only set `parserError`.
        let succeeded = parser.parse()
        guard !succeeded || parser.parserError != nil else { return nil }
        return String(describing: parser.parserError)
    }

    /// Parses JSON and returns the top-level object.
    static func json(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try XCTUnwrap(value as? [String: Any], file: file, line: line)
    }

    /// Unfolds iCalendar content lines (RFC 5545 §3.1) back into logical lines.
    static func unfold(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }
}
