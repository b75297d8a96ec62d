import Foundation
import PeerpolisDomain
import PeerpolisStorage
import PeerpolisTestSupport
import SQLKit
import Testing

/// The audit log records how each write came, on the engine under test (SQLite, or PostgreSQL in CI).
@Suite struct AuditLogTests {
    let noon = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func eachRowSaysWhetherAFormTheAPIOrTheCommandLineWroteIt() async throws {
        try await withTestDatabase { db in
            let user = try await User.insert(email: "ana@city.eu", displayName: "Ana", passwordHash: "h", now: noon, on: db.sql)
            let token = try await APIToken.insert(APIToken(userID: user.id, name: "import", prefix: "ppt_AbCd", createdAt: noon),
                                                  tokenHash: "digest", on: db.sql)
            let viaForm = Principal(user: user, grants: [])
            let viaAPI = try #require(viaForm.acting(through: token))
            let changes = ["title": AuditChange(from: nil, to: "A")]

            try await AuditLog.record(by: viaForm, action: "create", entity: "event", entityID: 1, changes: changes, now: noon, on: db.sql)
            try await AuditLog.record(by: viaAPI, action: "edit", entity: "event", entityID: 1, changes: changes, now: noon, on: db.sql)
            try await AuditLog.record(userID: nil, via: .commandLine, action: "grant", entity: "event", entityID: 1, changes: changes,
                                      now: noon, on: db.sql)
            // A row written before the log said how writes came.
            try await db.sql.insert(into: "audit_log").columns("user_id", "action", "entity", "entity_id", "changes", "created_at")
                .values(SQLBind(user.id), SQLBind("edit"), SQLBind("event"), SQLBind(1), SQLBind("{}"), SQLBind("2023-11-14T22:13:20Z"))
                .run()
            let log = try await AuditLog.fetchAll(entity: "event", entityID: 1, on: db.sql)

            #expect(log.map(\.channel) == [.form, .api(tokenID: token.id), .commandLine, nil])
            #expect(log.map(\.userID) == [user.id, user.id, nil, user.id])
        }
    }

    @Test func anAPIRowOutlivesItsTokenAndStillSaysItCameThroughTheAPI() async throws {
        try await withTestDatabase { db in
            let user = try await User.insert(email: "bo@city.eu", displayName: "Bo", passwordHash: "h", now: noon, on: db.sql)
            let token = try await APIToken.insert(APIToken(userID: user.id, name: "import", prefix: "ppt_WxYz", createdAt: noon),
                                                  tokenHash: "digest", on: db.sql)
            try await AuditLog.record(userID: user.id, via: .api(tokenID: token.id), action: "edit", entity: "pledge", entityID: 3,
                                      changes: [:], now: noon, on: db.sql)

            try await db.sql.delete(from: "api_tokens").where("id", .equal, token.id).run()
            let log = try await AuditLog.fetchAll(entity: "pledge", entityID: 3, on: db.sql)

            #expect(log.map(\.channel) == [.api(tokenID: nil)])
        }
    }
}
