import Foundation
import Hummingbird
import HummingbirdTesting
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

@Suite("Pages")
struct PageTests {
    @Test("Every list page answers 200 with its heading")
    func listPages() async throws {
        try await withSeededApp { client in
            let expected: [(String, String)] = [
                ("/", "Cooperation between cities and regions"), ("/places", "<h1>Places</h1>"),
                ("/countries", "<h1>Countries</h1>"), ("/themes", "<h1>Themes</h1>"),
                ("/organizations", "<h1>Organizations</h1>"), ("/networks", "<h1>Networks</h1>"),
                ("/cooperations", "<h1>Cooperations</h1>"), ("/practices", "<h1>Good practices</h1>"),
                ("/events", "<h1>Events</h1>"), ("/articles", "<h1>Articles</h1>"), ("/calls", "<h1>Calls</h1>"),
                ("/pledges", "<h1>Pledges</h1>"), ("/about", "GeoNames"),
            ]
            for (path, text) in expected {
                let page = try await client.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(page.body.contains(text), "\(path) should contain \(text)")
                #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            }
            let health = try await client.get("/healthz")
            #expect(health.status == .ok && health.body == "ok")
        }
    }

    @Test("A place page links its country, cooperations, articles and declared needs")
    func placePage() async throws {
        try await withSeededApp { client in
            let page = try await client.get("/places/malmo-se")
            #expect(page.status == .ok)
            #expect(page.body.contains("href=\"/countries/se\""))
            #expect(page.body.contains("href=\"/cooperations/"))
            #expect(page.body.contains("href=\"/articles/"))
            #expect(page.body.contains("https://sws.geonames.org/2692969/"))
            #expect(page.body.contains("Ottawa"))
        }
    }

    @Test("A network page links its organization, lead place and members")
    func networkPage() async throws {
        try await withSeededApp { client in
            let page = try await client.get("/networks/bluact-second-wave")
            #expect(page.status == .ok)
            #expect(page.body.contains("href=\"/organizations/urbact\""))
            #expect(page.body.contains("href=\"/places/piraeus-gr\""))
            #expect(page.body.contains("Ongoing"))
            let practice = try await client.get("/practices/piraeus-blue-growth-entrepreneurship")
            #expect(practice.body.contains("href=\"/networks/bluact-second-wave\""))
        }
    }

    @Test("A cooperation page shows its places and quantified outcome")
    func cooperationPage() async throws {
        try await withSeededApp { client in
            let page = try await client.get("/cooperations/los-cabos-almeria")
            #expect(page.status == .ok)
            #expect(page.body.contains("50,000,000 USD"))
            #expect(page.body.contains("href=\"/places/almeria-es\""))
        }
    }

    @Test("A theme page lists what is tagged with it or its sub-themes")
    func themePage() async throws {
        try await withSeededApp { client in
            let page = try await client.get("/themes/blue-growth-tourism")
            #expect(page.status == .ok)
            #expect(page.body.contains("href=\"/networks/bluact-second-wave\""))
            #expect(page.body.contains("href=\"/practices/piraeus-blue-growth-entrepreneurship\""))
            #expect(page.body.contains("Sustainable Development Goals"))
        }
    }

    @Test("Events split into upcoming and past around today")
    func eventsSplit() async throws {
        try await withSeededApp { client in
            // Today is 1 April 2019: the Antwerp academy (May 2019) is upcoming, the Glasgow meeting (March) past.
            let page = try await client.get("/events")
            let upcoming = try #require(page.body.range(of: "<h2>Upcoming</h2>"))
            let past = try #require(page.body.range(of: "<h2>Past</h2>"))
            let antwerp = try #require(page.body.range(of: "Urban Academy on the Integration"))
            let glasgow = try #require(page.body.range(of: "Glasgow"))
            #expect(upcoming.lowerBound < antwerp.lowerBound && antwerp.lowerBound < past.lowerBound)
            #expect(past.lowerBound < glasgow.lowerBound)
            let onlyPast = try await client.get("/events?when=past")
            #expect(!onlyPast.body.contains("Urban Academy on the Integration"))
        }
    }

    @Test("Filters narrow lists and pagination keeps the filters")
    func filtersAndPagination() async throws {
        try await withSeededApp { client in
            let french = try await client.get("/places?country=FR")
            #expect(french.body.contains("Lyon"))
            #expect(french.body.contains("<option value=\"FR\" selected>France</option>"))
            #expect(french.body.contains("<select name=\"country\"><option value=\"\">"))
            let themed = try await client.get("/networks?theme=housing")
            #expect(themed.body.contains("<option value=\"housing\" selected>Housing</option>"))
            #expect(!french.body.contains(">Malmö<"))
            let articles = try await client.get("/articles?year=2019&kind=news")
            #expect(articles.status == .ok)
            #expect(!articles.body.contains("2021 ·"))
            let all = try await client.get("/articles")
            #expect(all.body.contains("rel=\"next\""))
            #expect(all.body.contains("href=\"/articles?page=2\""))
            let second = try await client.get("/articles?page=2&theme=social-inclusion")
            #expect(second.status == .ok)
        }
    }

    @Test("Bad query parameters give a 400 page that says what was wrong", arguments: [
        ("/places?page=-1", "page number"), ("/places?page=abc", "page number"), ("/places?page=99999999999999999999", "page number"),
        ("/networks?theme=nope", "no theme 'nope'"), ("/places?country=ZZ", "ISO code 'ZZ'"),
        ("/networks?kind=sideways", "not a valid kind"), ("/articles?year=abc", "four-digit year"),
        ("/events?when=tomorrow", "not a valid when"), ("/places?size=huge", "not a valid size"),
    ])
    func badRequests(path: String, message: String) async throws {
        try await withSeededApp { client in
            let page = try await client.get(path)
            #expect(page.status == .badRequest)
            #expect(page.body.contains(message))
        }
    }

    @Test("Unknown slugs and routes give the 404 page")
    func notFound() async throws {
        try await withSeededApp { client in
            for path in ["/places/nowhere", "/networks/none", "/countries/zz", "/themes/none", "/events/none",
                         "/articles/none", "/calls/none", "/pledges/none", "/practices/none", "/organizations/none",
                         "/cooperations/none", "/no-such-page"] {
                let page = try await client.get(path)
                #expect(page.status == .notFound, "\(path)")
                #expect(page.body.contains("Page not found"), "\(path)")
            }
        }
    }

    @Test("Following every internal link from the home page reaches no 404 or 500")
    func crawl() async throws {
        try await withSeededApp { client in
            var queue = ["/"]
            var seen: Set<String> = ["/"]
            var visited = 0
            while !queue.isEmpty && visited < 600 {
                let path = queue.removeFirst()
                let page = try await client.get(path)
                visited += 1
                // Forms that need an account send an anonymous visitor to sign in; everything else answers.
                let signInFirst = page.status == .seeOther && page.headers[.location] == "/sign-in"
                #expect(page.status == .ok || signInFirst, "\(path) answered \(page.status.code)")
                for link in internalLinks(in: page.body) where !seen.contains(link) && !link.contains("lang=") {
                    seen.insert(link)
                    queue.append(link)
                }
            }
            #expect(visited > 100)
        }
    }
}
