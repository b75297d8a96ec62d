import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PeerpolisWeb

/// Decodes a JSON object body.
func jsonObject(_ body: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
}

@Suite("JSON API v1")
struct APITests {
    static let collections = ["places", "countries", "themes", "organizations", "networks", "cooperations",
                              "practices", "events", "articles", "calls", "pledges"]

    @Test("Every collection answers a page with totals, and its first item's detail answers with links")
    func everyCollection() async throws {
        try await withSeededApp { client in
            for name in Self.collections {
                let list = try await client.get("/api/v1/\(name)?per_page=2")
                #expect(list.status == .ok, "\(name)")
                let json = try jsonObject(list.body)
                let data = try #require(json["data"] as? [[String: Any]], "\(name)")
                let total = try #require(json["total"] as? Int)
                #expect(data.count == min(2, total), "\(name)")
                #expect(json["perPage"] as? Int == 2)
                if total > 2 { #expect((json["next"] as? String)?.hasPrefix("/api/v1/\(name)?") == true, "\(name)") }
                let links = try #require(data.first?["links"] as? [String: String], "\(name)")
                let detail = try await client.get(try #require(links["api"]))
                #expect(detail.status == .ok, "\(name)")
                let item = try #require(try jsonObject(detail.body)["data"] as? [String: Any])
                #expect(item["slug"] as? String == data.first?["slug"] as? String)
                #expect(try await client.get(try #require(links["html"])).status == .ok, "\(name)")
            }
        }
    }

    @Test("Places carry their GeoNames id and URI, their country with ISO codes, and filter like the HTML list")
    func places() async throws {
        try await withSeededApp { client in
            let malmo = try jsonObject(try await client.get("/api/v1/places/malmo-se").body)
            let place = try #require(malmo["data"] as? [String: Any])
            let id = try #require(place["geonamesId"] as? Int)
            #expect(place["geonamesUri"] as? String == "https://sws.geonames.org/\(id)/")
            #expect((place["country"] as? [String: Any])?["slug"] as? String == "se")

            let swedish = try jsonObject(try await client.get("/api/v1/places?country=SE&sort=name").body)
            let names = try #require(swedish["data"] as? [[String: Any]]).compactMap { $0["name"] as? String }
            #expect(!names.isEmpty)
            #expect(names.contains("Malmö"))
            let sweden = try jsonObject(try await client.get("/api/v1/countries/se").body)
            let country = try #require(sweden["data"] as? [String: Any])
            #expect(country["iso3"] as? String == "SWE")
            #expect(country["isoNumeric"] as? String == "752")
        }
    }

    @Test("Pages link to their neighbours and keep the filters")
    func pagination() async throws {
        try await withSeededApp { client in
            let first = try jsonObject(try await client.get("/api/v1/places?per_page=3&kind=city").body)
            let next = try #require(first["next"] as? String)
            #expect(next == "/api/v1/places?kind=city&per_page=3&page=2")
            let second = try jsonObject(try await client.get(next).body)
            #expect(second["prev"] as? String == "/api/v1/places?kind=city&per_page=3&page=1")
            let a = try #require(first["data"] as? [[String: Any]]).compactMap { $0["slug"] as? String }
            let b = try #require(second["data"] as? [[String: Any]]).compactMap { $0["slug"] as? String }
            #expect(Set(a).isDisjoint(with: b))
        }
    }

    @Test("Bad input is a 400 problem with a sentence; an unknown slug a 404 problem")
    func problems() async throws {
        try await withSeededApp { client in
            for uri in ["/api/v1/places?per_page=101", "/api/v1/places?page=0", "/api/v1/events?kind=party",
                        "/api/v1/articles?theme=nonsense", "/api/v1/places?sort=height", "/api/v1/countries?continent=XX"] {
                let response = try await client.get(uri)
                #expect(response.status == .badRequest, "\(uri)")
                #expect(response.headers[.contentType] == "application/problem+json", "\(uri)")
                let detail = try #require(try jsonObject(response.body)["detail"] as? String)
                #expect(detail.hasSuffix(".") && detail.count > 20, "\(uri)")
            }
            let missing = try await client.get("/api/v1/networks/none")
            #expect(missing.status == .notFound)
            #expect(try jsonObject(missing.body)["status"] as? Int == 404)
        }
    }

    @Test("A GET carries a strong ETag; sending it back gives 304 without a body")
    func etags() async throws {
        try await withSeededApp { client in
            let first = try await client.get("/api/v1/networks")
            let tag = try #require(first.headers[.eTag])
            #expect(tag.hasPrefix("\"") && !tag.hasPrefix("W/"))
            let again = try await client.get("/api/v1/networks", headers: [.ifNoneMatch: tag])
            #expect(again.status == .notModified)
            #expect(again.body.isEmpty)
            let other = try await client.get("/api/v1/networks", headers: [.ifNoneMatch: "\"0000000000000000\""])
            #expect(other.status == .ok)
            #expect(try await client.get("/api/v1/networks?per_page=1").headers[.eTag] != tag)
        }
    }

    @Test("CORS: any origin may read, and POST to the matching API; a preflight is answered")
    func cors() async throws {
        try await withSeededApp { client in
            let response = try await client.get("/api/v1/themes", headers: [.origin: "https://example.org"])
            #expect(response.headers[.accessControlAllowOrigin] == "*")
            let preflight = try await client.execute(uri: "/api/v1/themes", method: .options,
                                                     headers: [.origin: "https://example.org", .accessControlRequestMethod: "GET"]) { $0 }
            #expect(preflight.status == .noContent)
            #expect(preflight.headers[.accessControlAllowMethods]?.contains("GET") == true)
            #expect(preflight.headers[.accessControlAllowMethods]?.contains("POST") == false)
            let matches = try await client.execute(uri: "/api/v1/matches", method: .options,
                                                   headers: [.origin: "https://example.org", .accessControlRequestMethod: "POST"]) { $0 }
            #expect(matches.headers[.accessControlAllowMethods]?.contains("POST") == true)
            #expect(matches.headers[.accessControlAllowHeaders]?.contains("Content-Type") == true)
            let page = try await client.get("/places")
            #expect(page.headers[.accessControlAllowOrigin] == nil)
        }
    }
}
