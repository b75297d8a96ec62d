import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PeerpolisWeb

/// The place download, read in keyset chunks, holds what the API's pages hold, in the same order.
@Suite("Place downloads")
struct PlaceDownloadTests {
    @Test("places.json equals the API's pages for every sort and a filter")
    func downloadMatchesTheAPI() async throws {
        try await withSeededApp { client in
            for query in ["sort=name", "sort=-name", "sort=population", "sort=-population", "country=FR"] {
                var fromAPI: [APIv1.Place] = []
                var next: String? = "/api/v1/places?\(query)&per_page=7"
                while let path = next {
                    let page = try JSONDecoder().decode(APIv1.List<APIv1.Place>.self, from: Data(try await client.get(path).body.utf8))
                    fromAPI += page.data
                    next = page.next
                }

                let download = try await client.get("/places.json?\(query)")

                let items = try JSONDecoder().decode([APIv1.Place].self, from: Data(download.body.utf8))
                #expect(items.map(\.slug) == fromAPI.map(\.slug), "\(query)")
                #expect(!items.isEmpty)
            }
        }
    }
}
