import Foundation
import Hummingbird
import HummingbirdTesting
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

@Suite("Search pages and API")
struct SearchPageTests {
    @Test("The search page shows ranked hits with highlighted snippets and facets that add or remove filters")
    func searchPage() async throws {
        try await withSeededApp { client in
            let page = try await client.get("/search?q=blue+growth")
            #expect(page.status == .ok)
            #expect(page.body.contains("href=\"/practices/piraeus-blue-growth-entrepreneurship\""))
            #expect(page.body.contains("<mark>"))
            #expect(page.body.contains("href=\"/search?q=blue%20growth&amp;type=network\""))

            let filtered = try await client.get("/search?q=blue+growth&type=network")
            #expect(filtered.body.contains("href=\"/networks/bluact-second-wave\""))
            #expect(!filtered.body.contains("href=\"/practices/piraeus"))
            // The selected facet links back to the unfiltered search.
            #expect(filtered.body.contains("href=\"/search?q=blue%20growth\" aria-current=\"true\""))
        }
    }

    @Test("Every page carries the search box")
    func searchBoxEverywhere() async throws {
        try await withSeededApp { client in
            for path in ["/", "/places", "/networks/bluact-second-wave", "/no-such-page"] {
                let page = try await client.get(path)
                #expect(page.body.contains("action=\"/search\""), "\(path)")
                #expect(page.body.contains("<label for=\"q-header\""), "\(path)")
            }
        }
    }

    @Test("The JSON search answers results, totals, facets that add up, and a next link")
    func searchJSON() async throws {
        try await withSeededApp { client in
            let response = try await client.get("/api/v1/search?q=city")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.utf8)) as? [String: Any])
            let total = try #require(json["total"] as? Int)
            let facets = try #require(json["facets"] as? [String: Any])
            let types = try #require(facets["type"] as? [[String: Any]])
            #expect(total > 20)
            #expect(types.compactMap { $0["count"] as? Int }.reduce(0, +) == total)
            #expect((json["results"] as? [Any])?.count == 20)
            #expect((json["next"] as? String)?.contains("page=2") == true)
        }
    }

    @Test("Suggestions work as a page without script and as JSON")
    func suggestions() async throws {
        try await withSeededApp { client in
            let page = try await client.get("/search/suggest?q=malm")
            #expect(page.status == .ok)
            #expect(page.body.contains("href=\"/places/malmo-se\""))
            let json = try await client.get("/api/v1/suggest?q=pira")
            #expect(json.body.contains("\"slug\":\"piraeus-gr\""))
        }
    }

    @Test("Hostile queries get a page or a clean 400, never a 500", arguments: [
        "/search?q=", "/search?q=%22", "/search?q=*", "/search?q=(NEAR%20AND", "/search?q=a:b%5Ec",
        "/search?q=%00%01%1F", "/search?q=%FF%FE%FD", "/search?q=%E2%28%A1", "/api/v1/search?q=%C3%28",
        "/search?q=" + String(repeating: "word%20", count: 2_000), "/api/v1/suggest?q=%22*%28",
        "/search?q=x&type=unknown", "/api/v1/search?q=x&page=0", "/api/v1/search?q=x&country=QQ",
    ])
    func hostile(path: String) async throws {
        try await withSeededApp { client in
            let response = try await client.get(path)
            #expect(response.status == .ok || response.status == .badRequest, "\(path) answered \(response.status.code)")
            #expect(!response.body.contains("<script"))
            if path.hasPrefix("/api/"), response.status == .badRequest {
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(response.body.contains("\"detail\""))
            }
        }
    }
}
