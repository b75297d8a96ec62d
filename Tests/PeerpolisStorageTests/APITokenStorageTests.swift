import Foundation
import PeerpolisDomain
import PeerpolisStorage
import PeerpolisTestSupport
import Testing

/// API tokens on the engine under test (SQLite, or PostgreSQL in CI): found by digest while live, with
/// their account; touched; revoked once; removed with their account and organization.
@Suite struct APITokenStorageTests {
    let noon = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func aTokenIsFoundByItsDigestUntilRevoked() async throws {
        try await withTestDatabase { db in
            let user = try await User.insert(email: "ana@city.eu", displayName: "Ana", passwordHash: "h", now: noon, on: db.sql)
            let organization = try await Organization.insert(makeOrganization(), on: db.sql)
            let personal = try await APIToken.insert(APIToken(userID: user.id, name: "script", prefix: "ppt_abcd", createdAt: noon),
                                                     tokenHash: "digest-1", on: db.sql)
            let scoped = try await APIToken.insert(APIToken(userID: user.id, organizationID: organization.id, name: "org",
                                                            prefix: "ppt_efgh", createdAt: noon), tokenHash: "digest-2", on: db.sql)

            let found = try await APIToken.fetchLive(tokenHash: "digest-1", on: db.sql)
            try await APIToken.touch(id: personal.id, now: noon.addingTimeInterval(90), on: db.sql)
            let touched = try await APIToken.fetchOne(id: personal.id, on: db.sql)
            try await APIToken.revoke(id: personal.id, now: noon.addingTimeInterval(120), on: db.sql)
            try await APIToken.revoke(id: personal.id, now: noon.addingTimeInterval(999), on: db.sql)
            let afterRevoke = try await APIToken.fetchLive(tokenHash: "digest-1", on: db.sql)
            let list = try await APIToken.fetchAll(userID: user.id, on: db.sql)

            #expect(found?.0.id == personal.id && found?.1.id == user.id)
            #expect(found?.0.name == "script" && found?.0.prefix == "ppt_abcd" && found?.0.organizationID == nil)
            #expect(found?.0.lastUsedAt == nil && found?.0.createdAt == noon)
            #expect(touched?.lastUsedAt == noon.addingTimeInterval(90))
            #expect(afterRevoke == nil)
            #expect(list.map(\.id) == [scoped.id, personal.id], "newest first")
            #expect(list.last?.revokedAt == noon.addingTimeInterval(120), "revoking again keeps the first date")
            #expect(list.first?.organizationID == organization.id)
            #expect(try await APIToken.fetchLive(tokenHash: "digest-2", on: db.sql)?.0.id == scoped.id)
        }
    }

    @Test func aTokenKeepsTheExpiryItWasMadeWithAndIsStillFoundOnceExpired() async throws {
        try await withTestDatabase { db in
            let user = try await User.insert(email: "bo@city.eu", displayName: "Bo", passwordHash: "h", now: noon, on: db.sql)
            let expiry = try #require(APIToken.expiry(from: noon, days: 30))
            let monthly = try await APIToken.insert(APIToken(userID: user.id, name: "monthly", prefix: "ppt_mnth", createdAt: noon,
                                                             expiresAt: expiry), tokenHash: "digest-m", on: db.sql)
            _ = try await APIToken.insert(APIToken(userID: user.id, name: "forever", prefix: "ppt_frvr", createdAt: noon),
                                          tokenHash: "digest-f", on: db.sql)

            let later = try await APIToken.fetchLive(tokenHash: "digest-m", on: db.sql)?.0
            let forever = try await APIToken.fetchLive(tokenHash: "digest-f", on: db.sql)?.0
            let listed = try await APIToken.fetchAllWithOwners(on: db.sql).map(\.0)

            #expect(expiry == noon.addingTimeInterval(30 * 86_400))
            #expect(later?.id == monthly.id && later?.expiresAt == expiry)
            #expect(later?.isExpired(at: expiry.addingTimeInterval(-1)) == false)
            #expect(later?.isExpired(at: expiry) == true)
            #expect(forever?.expiresAt == nil && forever?.isExpired(at: .distantFuture) == false)
            #expect(listed.map(\.expiresAt) == [nil, expiry])
        }
    }
}
