import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PeerpolisWeb

/// HEAD answers what GET answers, without the body.
@Suite("HEAD requests")
struct HeadRequestTests {
    @Test("HEAD on a page, an API list and a feed: GET's status, ETag and length, no body; unknown paths stay 404")
    func headMirrorsGet() async throws {
        try await withSeededApp { client in
            for path in ["/places", "/api/v1/places?per_page=3", "/articles.atom", "/no-such-page"] {
                let get = try await client.get(path)

                let head = try await client.execute(uri: path, method: .head) { response in
                    (response.status, response.headers, response.body.readableBytes)
                }

                #expect(head.0 == get.status, "\(path)")
                #expect(head.2 == 0, "\(path) has no body")
                #expect(head.1[.contentType] == get.headers[.contentType], "\(path)")
                #expect(head.1[.eTag] == get.headers[.eTag], "\(path)")
                #expect(head.1[.contentLength] == String(get.body.utf8.count), "\(path)")
            }
        }
    }
}
