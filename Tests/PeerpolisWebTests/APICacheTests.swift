import PeerpolisDomain
import PeerpolisStorage
import Synchronization
import Testing
@testable import PeerpolisWeb

@Suite("API answers kept between changes")
struct APICacheTests {
    @Test func aKeptAnswerIsServedUntilAPublicTableChanges() async throws {
        let database = Mutex<Database?>(nil)
        try await withSeededApp(prepare: { db in database.withLock { $0 = db } }) { client in
            let first = try await client.get("/api/v1/organizations?per_page=100")
            let again = try await client.get("/api/v1/organizations?per_page=100")
            let db = try #require(database.withLock { $0 })
            _ = try await Organization.insert(Organization(slug: "added-later", name: "Added Later", kind: .association), on: db.sql)
            let after = try await client.get("/api/v1/organizations?per_page=100")

            #expect(first.status == .ok && after.status == .ok)
            #expect(again.body == first.body)
            #expect(!first.body.contains("added-later"))
            #expect(after.body.contains("added-later"), "a write to organizations shows at once")
            #expect(after.headers[.eTag] != first.headers[.eTag])
        }
    }

    @Test func everyWriteToAPublicTableMovesTheCounter() async throws {
        let database = Mutex<Database?>(nil)
        try await withSeededApp(prepare: { db in database.withLock { $0 = db } }) { _ in
            let db = try #require(database.withLock { $0 })
            let before = try await ChangeCounter.current(on: db.sql)
            try await db.sql.raw("UPDATE themes SET name = name || '' WHERE slug = 'housing'").run()
            let afterUpdate = try await ChangeCounter.current(on: db.sql)
            try await db.sql.raw("DELETE FROM article_themes").run()
            let afterDelete = try await ChangeCounter.current(on: db.sql)

            #expect(before > 0, "loading the seed counted")
            #expect(afterUpdate > before)
            #expect(afterDelete > afterUpdate)
        }
    }
}
