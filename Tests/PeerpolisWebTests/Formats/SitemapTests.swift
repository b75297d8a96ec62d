import Foundation
import PeerpolisDomain
import XCTest
@testable import PeerpolisWeb

final class SitemapTests: XCTestCase {
    private typealias F = FormatFixtures

    private func urls(_ count: Int) -> [SitemapURL] {
        (0..<count).map { SitemapURL("https://peerpolis.org/places/p\($0)") }
    }

    func testSmallSitemapIsOneURLSet() {
        let list = [SitemapURL("https://peerpolis.org/"),
                    SitemapURL("https://peerpolis.org/search?q=a&b", lastModified: F.day("2019-03-14"))]

        let xml = Sitemap.root(list, baseURL: "https://peerpolis.org")

        XCTAssertNil(F.xmlError(xml))
        XCTAssertTrue(xml.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        XCTAssertTrue(xml.contains("<url><loc>https://peerpolis.org/</loc></url>"))
        XCTAssertTrue(xml.contains("<url><loc>https://peerpolis.org/search?q=a&amp;b</loc><lastmod>2019-03-14</lastmod></url>"))
        XCTAssertNil(Sitemap.part(1, of: list), "an unsplit sitemap has no parts")
    }

    func testMoreThanFiftyThousandURLsSplitIntoAnIndexAndParts() {
        let list = urls(50_001)

        let root = Sitemap.root(list, baseURL: "https://peerpolis.org")
        let first = Sitemap.part(1, of: list)
        let second = Sitemap.part(2, of: list)

        XCTAssertTrue(root.contains("<sitemapindex"))
        XCTAssertTrue(root.contains("<sitemap><loc>https://peerpolis.org/sitemap-1.xml</loc></sitemap>"))
        XCTAssertTrue(root.contains("<sitemap><loc>https://peerpolis.org/sitemap-2.xml</loc></sitemap>"))
        XCTAssertFalse(root.contains("sitemap-3.xml"))
        XCTAssertEqual(first?.components(separatedBy: "<url>").count, 50_001, "50,000 URLs in the first part")
        XCTAssertEqual(second?.components(separatedBy: "<url>").count, 2)
        XCTAssertTrue(second?.contains("/places/p50000<") ?? false)
        XCTAssertNil(Sitemap.part(3, of: list))
        XCTAssertNil(Sitemap.part(0, of: list))
    }

    func testRobotsPointsAtTheSitemap() {
        let url = "https://peerpolis.org/sitemap.xml"

        let text = Robots.text(sitemapURL: url)

        XCTAssertEqual(text, "User-agent: *\nDisallow: /search\n\nSitemap: https://peerpolis.org/sitemap.xml\n")
    }

    func testOpenGraphTagsInOrderWithShortenedDescription() {
        let long = String(repeating: "word ", count: 60)

        let tags = OpenGraph.tags(title: "Housing First", type: "article", url: "https://x/a", description: long,
                                  siteName: "Peerpolis", locale: "en_GB", published: F.day("2019-03-14"))

        XCTAssertEqual(tags.map(\.property), ["og:title", "og:type", "og:url", "og:description", "og:site_name",
                                              "og:locale", "article:published_time"])
        let description = tags[3].content
        XCTAssertTrue(description.hasSuffix("word…"))
        XCTAssertLessThanOrEqual(description.count, OpenGraph.descriptionLimit + 1)
        XCTAssertEqual(tags.last?.content, "2019-03-14")
    }

    func testOpenGraphLeavesOutEmptyDescriptionAndKeepsRawText() {
        let title = "Tom & Jerry <b>"

        let tags = OpenGraph.tags(title: title, url: "https://x/p", description: "  ", siteName: "Peerpolis")

        XCTAssertEqual(tags, [OpenGraphTag("og:title", title), OpenGraphTag("og:type", "website"),
                              OpenGraphTag("og:url", "https://x/p"), OpenGraphTag("og:site_name", "Peerpolis")])
    }
}
