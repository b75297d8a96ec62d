import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PeerpolisWeb

@Suite("Feeds, calendars, discovery and downloads")
struct FeedRouteTests {
    @Test("Article and event feeds answer with their media types, per scope, and are announced on the pages")
    func feeds() async throws {
        try await withSeededApp { client in
            let atom = try await client.get("/articles.atom")
            #expect(atom.status == .ok)
            #expect(atom.headers[.contentType] == AtomFeed.contentType)
            #expect(atom.body.contains("<entry>"))
            let rss = try await client.get("/events.rss")
            #expect(rss.headers[.contentType] == RSSFeed.contentType)
            #expect(rss.body.contains("<item>"))
            let calendar = try await client.get("/events.ics")
            #expect(calendar.headers[.contentType] == ICalendar.contentType)
            #expect(calendar.body.hasPrefix("BEGIN:VCALENDAR\r\n"))
            #expect(calendar.body.contains("BEGIN:VEVENT"))
            // Two requests give the same bytes (no request time inside), so the ETag holds.
            #expect(try await client.get("/events.ics").headers[.eTag] == calendar.headers[.eTag])

            let theme = try await client.get("/themes/blue-growth-tourism/articles.rss")
            #expect(theme.status == .ok)
            #expect(try await client.get("/networks/none/events.atom").status == .notFound)
            let page = try await client.get("/networks/bluact-second-wave")
            #expect(page.body.contains("<link rel=\"alternate\" type=\"application/atom+xml\""))
            #expect(page.body.contains("href=\"/networks/bluact-second-wave/events.ics\""))
            #expect(try await client.get("/events").body.contains("href=\"/events.ics\""))
        }
    }

    @Test("One event's calendar has one VEVENT with a stable UID and a link back to its page")
    func oneEvent() async throws {
        try await withSeededApp { client in
            let list = try jsonObject(try await client.get("/api/v1/events?per_page=1").body)
            let event = try #require((list["data"] as? [[String: Any]])?.first)
            let slug = try #require(event["slug"] as? String)
            let calendar = try await client.get(try #require(event["ical"] as? String))
            #expect(calendar.status == .ok)
            #expect(calendar.body.components(separatedBy: "BEGIN:VEVENT").count == 2)
            #expect(calendar.body.contains("UID:event-\(slug)@127.0.0.1"))
            #expect(calendar.body.contains("/events/\(slug)"))
            let page = try await client.get("/events/\(slug)")
            #expect(page.body.contains("application/ld+json"))
            #expect(page.body.contains("\"@type\":\"Event\""))
            #expect(page.body.contains("property=\"og:title\""))
        }
    }

    @Test("robots.txt names the sitemap; the sitemap lists detail pages as absolute URLs")
    func discovery() async throws {
        try await withSeededApp { client in
            let robots = try await client.get("/robots.txt")
            #expect(robots.body.contains("Sitemap: http://127.0.0.1:8080/sitemap.xml"))
            let sitemap = try await client.get("/sitemap.xml")
            #expect(sitemap.headers[.contentType] == Sitemap.contentType)
            #expect(sitemap.body.contains("<loc>http://127.0.0.1:8080/networks/bluact-second-wave</loc>"))
            #expect(sitemap.body.contains("<loc>http://127.0.0.1:8080/places/malmo-se</loc>"))
            #expect(try await client.get("/sitemap-2.xml").status == .notFound)
        }
    }

    @Test("Downloads keep the filters; CSV has a header row, quotes per RFC 4180 and defuses formulas")
    func downloads() async throws {
        try await withSeededApp { client in
            let csv = try await client.get("/places.csv?country=SE")
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
            let lines = csv.body.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.first?.hasPrefix("admin1Code,alternateNames,asciiName,country,") == true)
            let api = try jsonObject(try await client.get("/api/v1/places?country=SE").body)
            #expect(lines.count - 1 == api["total"] as? Int)
            #expect(lines.dropFirst().allSatisfy { $0.contains(",se,") })
            let json = try await client.get("/networks.json")
            let items = try #require(try JSONSerialization.jsonObject(with: Data(json.body.utf8)) as? [[String: Any]])
            #expect(items.count == (try jsonObject(try await client.get("/api/v1/networks").body))["total"] as? Int)
            #expect(try await client.get("/places.csv?country=ZZ").status == .badRequest)

            #expect(CSVTable.quote("a,b") == "\"a,b\"")
            #expect(CSVTable.quote("say \"hi\"") == "\"say \"\"hi\"\"\"")
            #expect(CSVTable.cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")")
            #expect(CSVTable.cell(NSNumber(value: -3)) == "-3")
        }
    }
}
