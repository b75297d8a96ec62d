import PeerpolisDomain
import PeerpolisStorage
import PeerpolisTestSupport
import SQLKit
import Testing

/// The change counter moves with every insert, update and delete of a public table, on both engines, and not
/// when nothing is written.
@Suite struct ChangeCounterTests {
    @Test func insertsUpdatesAndDeletesMoveTheCounter() async throws {
        try await withTestDatabase { db in
            let start = try await ChangeCounter.current(on: db.sql)
            let organization = try await Organization.insert(makeOrganization(slug: "counted"), on: db.sql)
            let afterInsert = try await ChangeCounter.current(on: db.sql)
            try await db.sql.update("organizations").set("name", to: "Counted again").where("id", .equal, organization.id).run()
            let afterUpdate = try await ChangeCounter.current(on: db.sql)
            try await db.sql.delete(from: "organizations").where("id", .equal, organization.id).run()
            let afterDelete = try await ChangeCounter.current(on: db.sql)
            _ = try await db.sql.select().column("id").from("organizations").all()
            let afterRead = try await ChangeCounter.current(on: db.sql)

            #expect(afterInsert > start)
            #expect(afterUpdate > afterInsert)
            #expect(afterDelete > afterUpdate)
            #expect(afterRead == afterDelete)
        }
    }
}
