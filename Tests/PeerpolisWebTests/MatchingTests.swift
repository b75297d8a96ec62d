import Foundation
import Hummingbird
import HummingbirdTesting
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

extension TestClientProtocol {
    /// POSTs a JSON body and returns the status and body text.
    func post(_ uri: String, json: String) async throws -> (status: HTTPResponse.Status, body: String, headers: HTTPFields) {
        try await execute(uri: uri, method: .post, headers: [.contentType: "application/json"],
                          body: ByteBuffer(string: json)) { response in
            (response.status, String(buffer: response.body), response.headers)
        }
    }
}

@Suite("Partner matching pages and API")
struct MatchingTests {
    @Test("The API ranks partners with signals that sum to the score and reasons")
    func apiRanksWithReasons() async throws {
        try await withSeededApp { client in
            let answer = try await client.post("/api/v1/matches", json: """
                {"place": "malmo-se", "needs": [{"theme": "local-economic-development", "weight": 1}],
                 "text": "rues scolaires", "filters": {"excludeCountries": ["SE"]}, "limit": 5}
                """)

            #expect(answer.status == .ok, "\(answer.body)")
            let body = try jsonObject(answer.body)
            let results = try #require(body["results"] as? [[String: Any]])
            #expect(!results.isEmpty && results.count <= 5)
            for result in results {
                let place = try #require(result["place"] as? [String: Any])
                #expect(place["country"] as? String != "SE")
                let signals = try #require(result["signals"] as? [String: Double])
                let score = try #require(result["score"] as? Double)
                #expect(abs(signals.values.reduce(0, +) - score) < 0.001)
                #expect(!(try #require(result["reasons"] as? [String])).isEmpty)
            }
            let scores = results.compactMap { $0["score"] as? Double }
            #expect(scores == scores.sorted(by: >))
            let interpreted = try #require(body["interpretedThemes"] as? [[String: Any]])
            #expect(interpreted.contains { ($0["words"] as? [String])?.contains("rues scolaires") == true })
        }
    }

    @Test("Bad bodies are 400 problems with a sentence; unknown places and calls are 404", arguments: [
        (#"{"place": "malmo-se", "limt": 5}"#, "limt"),
        (#"{"place": "malmo-se", "limit": "5"}"#, "limit"),
        (#"{"place": "malmo-se", "limit": 500}"#, "between 1 and 100"),
        (#"{"place": "malmo-se", "needs": [{"theme": "no-such-theme"}]}"#, "no-such-theme"),
        (#"{"place": "malmo-se", "filters": {"minPopulation": 9, "maxPopulation": 1}}"#, "minimum population"),
        (#"{"place": "malmo-se", "filters": {"includeCountries": ["FR"], "excludeCountries": ["FR"]}}"#, "FR"),
        (#"[1, 2]"#, "JSON object"),
        (#"{"place": "#, "not valid JSON"),
        (#"{"needs": []}"#, "place"),
    ])
    func badInput(body: String, mentions: String) async throws {
        try await withSeededApp { client in
            let answer = try await client.post("/api/v1/matches", json: body)

            #expect(answer.status == .badRequest, "\(body) → \(answer.status)")
            #expect(answer.headers[.contentType] == "application/problem+json")
            let detail = try jsonObject(answer.body)["detail"] as? String ?? ""
            #expect(detail.contains(mentions), "\(body) → \(detail)")
        }
    }

    @Test("Unknown place or call is a 404")
    func unknownIs404() async throws {
        try await withSeededApp { client in
            let place = try await client.post("/api/v1/matches", json: #"{"place": "nowhere"}"#)
            let call = try await client.post("/api/v1/calls/nothing/consortium", json: #"{"lead": "malmo-se"}"#)
            let lead = try await client.post("/api/v1/calls/urbact-calls-for-networks/consortium", json: #"{"lead": "nowhere"}"#)
            let page = try await client.get("/places/nowhere/partners")
            let callPage = try await client.get("/calls/nothing/consortium")
            let post = try await client.get("/partner-search/nothing")

            for status in [place.status, call.status, lead.status, page.status, callPage.status, post.status] {
                #expect(status == .notFound)
            }
        }
    }

    @Test("The partners page is linked from the place page and shows ranked, explained partners")
    func partnersPage() async throws {
        try await withSeededApp { client in
            let place = try await client.get("/places/malmo-se")
            let page = try await client.get("/places/malmo-se/partners?text=%3Cscript%3Eschool+streets&countries=&limit=10")
            let bad = try await client.get("/places/malmo-se/partners?min_population=lots")

            #expect(place.body.contains("href=\"/places/malmo-se/partners\""))
            #expect(page.status == .ok)
            #expect(page.body.contains("<ol class=\"items partners\">"))
            #expect(page.body.contains("&lt;script&gt;school streets"))
            #expect(!page.body.contains("<script>school"))
            #expect(bad.status == .badRequest)
            #expect(bad.body.contains("lots"))
        }
    }

    @Test("The consortium page reports every rule and is linked from the call page")
    func consortiumPage() async throws {
        try await withSeededApp { client in
            let calls = try jsonObject(try await client.get("/api/v1/calls?per_page=1").body)
            let call = try #require((calls["data"] as? [[String: Any]])?.first?["slug"] as? String)

            let callPage = try await client.get("/calls/\(call)")
            let empty = try await client.get("/calls/\(call)/consortium")
            let page = try await client.get("/calls/\(call)/consortium?lead=malmo-se&size=4")
            let tooBig = try await client.get("/calls/\(call)/consortium?lead=malmo-se&size=400")

            #expect(callPage.body.contains("href=\"/calls/\(call)/consortium\""))
            #expect(empty.status == .ok)
            #expect(page.status == .ok)
            #expect(page.body.contains("Malmö"))
            #expect(tooBig.status == .badRequest)
        }
    }

    @Test("Partner-search posts are listed with their matches, and the list explains an empty hub")
    func partnerSearch() async throws {
        let empty = try await withSeededApp { client in try await client.get("/partner-search") }
        #expect(empty.body.contains("No partner-search post has been published yet"))

        try await withSeededApp(prepare: { db in
            let malmo = try #require(try await Place.fetchOne(slug: "malmo-se", on: db.sql))
            let piraeus = try #require(try await Place.fetchOne(slug: "piraeus-gr", on: db.sql))
            _ = try await PartnerSearchPost.insert(PartnerSearchPost(
                id: 0, slug: "malmo-economy", placeID: malmo.id, title: "Malmö <seeks> economy", seeks: ["local-economic-development"],
                offers: ["smart-city-solutions"], published: day2019("2019-03-01")), on: db.sql)
            _ = try await PartnerSearchPost.insert(PartnerSearchPost(
                id: 0, slug: "piraeus-smart", placeID: piraeus.id, title: "Piraeus seeks smart city", seeks: ["smart-city-solutions"],
                offers: ["local-economic-development"], published: day2019("2019-03-02")), on: db.sql)
        }) { client in
            let list = try await client.get("/partner-search")
            let detail = try await client.get("/partner-search/malmo-economy")
            let api = try jsonObject(try await client.get("/api/v1/partner-search").body)

            #expect(list.body.contains("Malmö &lt;seeks&gt; economy"))
            #expect(detail.status == .ok)
            #expect(detail.body.contains("href=\"/partner-search/piraeus-smart\""))
            #expect((api["data"] as? [[String: Any]])?.compactMap { $0["slug"] as? String } == ["piraeus-smart", "malmo-economy"])
        }
    }
}

private func day2019(_ text: String) -> Day { Day(text)! }
