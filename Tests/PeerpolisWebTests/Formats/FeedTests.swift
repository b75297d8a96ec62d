import Foundation
import PeerpolisDomain
import XCTest
@testable import PeerpolisWeb

final class FeedTests: XCTestCase {
    private typealias F = FormatFixtures

    func testAtomFeedHasHeaderLinksAndDatedEntry() {
        let entry = FeedEntry.article(F.article(), url: "https://peerpolis.org/articles/housing-first",
                                      themeNames: ["housing": "Housing"])

        let atom = AtomFeed.render(F.header(), entries: [entry])

        XCTAssertNil(F.xmlError(atom))
        XCTAssertTrue(atom.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">"))
        XCTAssertTrue(atom.contains("<id>https://peerpolis.org/articles.atom</id>"))
        XCTAssertTrue(atom.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://peerpolis.org/articles.atom\"/>"))
        XCTAssertTrue(atom.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://peerpolis.org/articles\"/>"))
        XCTAssertTrue(atom.contains("  <updated>2019-03-14T00:00:00Z</updated>"), "feed updated is the newest entry")
        XCTAssertTrue(atom.contains("<id>https://peerpolis.org/articles/housing-first</id>"))
        XCTAssertTrue(atom.contains("<published>2019-03-14T00:00:00Z</published>"))
        XCTAssertTrue(atom.contains("<author><name>Ana Lopez</name></author>"))
        XCTAssertTrue(atom.contains("<category term=\"housing\" label=\"Housing\"/>"))
        XCTAssertTrue(atom.contains("<summary type=\"text\">How Ghent ended street homelessness.</summary>"))
    }

    func testUndatedArticleUsesFallbackInAtomAndNoPubDateInRSS() {
        let undated = FeedEntry.article(F.article(publishedOn: nil), url: "https://peerpolis.org/articles/a", themeNames: [:])
        let dated = FeedEntry.article(F.article(publishedOn: "2019-03-14"), url: "https://peerpolis.org/articles/b", themeNames: [:])

        let atom = AtomFeed.render(F.header(fallback: "2018-06-01"), entries: [dated, undated])
        let rss = RSSFeed.render(F.header(fallback: "2018-06-01"), entries: [dated, undated])

        XCTAssertNil(F.xmlError(atom))
        XCTAssertNil(F.xmlError(rss))
        XCTAssertEqual(atom.components(separatedBy: "<published>").count - 1, 1, "only the dated entry has published")
        XCTAssertTrue(atom.contains("    <updated>2018-06-01T00:00:00Z</updated>"), "undated entry gets the fallback")
        XCTAssertTrue(atom.contains("  <updated>2019-03-14T00:00:00Z</updated>\n  <link"), "feed takes the newest")
        XCTAssertEqual(rss.components(separatedBy: "<pubDate>").count - 1, 1)
        XCTAssertTrue(rss.contains("<pubDate>Thu, 14 Mar 2019 00:00:00 +0000</pubDate>"))
    }

    func testEmptyFeedIsUpdatedAtFallbackNotTheClock() {
        let header = F.header(fallback: "2020-02-29")

        let atom = AtomFeed.render(header, entries: [])
        let rss = RSSFeed.render(header, entries: [])

        XCTAssertTrue(atom.contains("<updated>2020-02-29T00:00:00Z</updated>"))
        XCTAssertTrue(rss.contains("<lastBuildDate>Sat, 29 Feb 2020 00:00:00 +0000</lastBuildDate>"))
        XCTAssertEqual(atom, AtomFeed.render(header, entries: []), "same input, same bytes")
    }

    func testRSSFeedHasChannelSelfLinkAndItem() {
        let entry = FeedEntry.event(F.event(), url: "https://peerpolis.org/events/urban-academy",
                                    themeNames: ["migration": "Migration"], organizer: "EUROCITIES")

        let rss = RSSFeed.render(F.header(), entries: [entry])

        XCTAssertNil(F.xmlError(rss))
        XCTAssertTrue(rss.contains("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\""))
        XCTAssertTrue(rss.contains("<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"https://peerpolis.org/articles.atom\"/>"))
        XCTAssertTrue(rss.contains("<link>https://peerpolis.org/articles</link>"))
        XCTAssertTrue(rss.contains("<guid isPermaLink=\"true\">https://peerpolis.org/events/urban-academy</guid>"))
        XCTAssertTrue(rss.contains("<pubDate>Tue, 21 May 2019 00:00:00 +0000</pubDate>"))
        XCTAssertTrue(rss.contains("<dc:creator>EUROCITIES</dc:creator>"))
        XCTAssertTrue(rss.contains("<category>Migration</category>"))
    }

    func testHostileTextIsEscapedAndIllegalCharactersDropped() {
        let entry = FeedEntry(url: "https://peerpolis.org/articles/x?a=1&b=2", title: F.hostile, summary: F.hostile,
                              date: F.date("2019-01-01"), authors: [F.hostile],
                              categories: [FeedCategory(term: "a\"b", label: F.hostile)])

        let atom = AtomFeed.render(F.header(), entries: [entry])
        let rss = RSSFeed.render(F.header(), entries: [entry])

        XCTAssertNil(F.xmlError(atom))
        XCTAssertNil(F.xmlError(rss))
        XCTAssertTrue(atom.contains("Tom &amp; Jerry&apos;s &lt;b&gt;&quot;best&quot;&lt;/b&gt; &lt;/script&gt;"))
        XCTAssertTrue(atom.contains("href=\"https://peerpolis.org/articles/x?a=1&amp;b=2\""))
        XCTAssertTrue(atom.contains("term=\"a&quot;b\""))
        XCTAssertFalse(atom.contains("\u{1}"))
        XCTAssertFalse(rss.contains("\u{0B}"))
        XCTAssertFalse(rss.contains("<b>"))
    }

    func testWellFormednessCheckRejectsWhatTheEscaperRemoves() {
        let raw = "<feed>\u{1} & <b></feed>"

        let error = F.xmlError(raw)
        let escaped = F.xmlError("<feed>\(XMLEscaping.escape("\u{1} & <b>"))</feed>")

        XCTAssertNotNil(error, "the check in these tests can fail")
        XCTAssertNil(escaped)
    }

    func testRFC822WeekdaysAcrossYears() {
        let days = ["1970-01-01", "2000-02-29", "2024-12-31", "1969-12-31"]

        let texts = days.map { Timestamps.rfc822(F.date($0)) }

        XCTAssertEqual(texts, [
            "Thu, 01 Jan 1970 00:00:00 +0000", "Tue, 29 Feb 2000 00:00:00 +0000",
            "Tue, 31 Dec 2024 00:00:00 +0000", "Wed, 31 Dec 1969 00:00:00 +0000",
        ])
    }

    func testRFC3339KeepsTimeOfDayAndDropsFractions() {
        let date = Date(timeIntervalSince1970: 1_554_111_000.75) // 2019-04-01 09:30:00.75 UTC

        let text = Timestamps.rfc3339(date)

        XCTAssertEqual(text, "2019-04-01T09:30:00Z")
    }
}
