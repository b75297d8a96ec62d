import Foundation
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

/// The one-time reset link: mailed through the outbox, used once, dead after an hour.
@Suite struct PasswordResetTests {
    /// Asks for a link and returns the token read from the outbox.
    static func requestLink(_ browser: Browser, _ db: Database) async throws -> String {
        let csrf = try await browser.get("/password/forgot").csrf
        let page = try await browser.post("/password/forgot", ["email": "Officer@City.eu"], csrf: csrf)
        #expect(page.body.contains("a link to choose a new password is on its way"))
        let body = try await OutboxMessage.fetchAll(on: db.sql).first?.body ?? ""
        guard let range = body.range(of: "/password/reset?token=") else { return "" }
        return String(body[range.upperBound...].prefix { !$0.isWhitespace })
    }

    @Test func aLinkWorksOnceAndEndsOtherSessions() async throws {
        let box = DatabaseBox()
        try await withSeededApp(prepare: { db in box.db = db; _ = try await AccountTests.makeUser(db) }) { client in
            let db = try #require(box.db)
            let browser = Browser(client)
            let token = try await Self.requestLink(browser, db)
            let form = try await browser.get("/password/reset?token=\(token)")
            let weak = try await browser.post("/password/reset", ["token": token, "password": "weak"], csrf: form.csrf)
            let done = try await browser.post("/password/reset", ["token": token, "password": "A brand new passphrase"], csrf: form.csrf)
            let again = try await browser.post("/password/reset", ["token": token, "password": "Another new passphrase"], csrf: form.csrf)
            let user = try await User.fetchOne(email: "officer@city.eu", on: db.sql)
            let service = AccountService(database: db, clock: .system, settings: testAuth, publicURL: "http://x")

            #expect(token.count == 43)
            #expect(form.status == .ok)
            #expect(weak.status == .badRequest && weak.body.contains("at least 12 characters"))
            #expect(done.status == .ok && done.body.contains("Your password is changed"))
            #expect(again.status == .badRequest && again.body.contains("already used or older than one hour"))
            #expect(try await service.verify("A brand new passphrase", hash: try #require(user).passwordHash))
            // Only the digest is stored: the token itself appears nowhere in the table.
            let stored = try await db.sql.select().column("token_hash").from("password_resets").all().map { try $0.decode(column: "token_hash", as: String.self) }
            #expect(stored == [SecretTokens.digest(token)])
        }
    }

    @Test func aLinkExpiresAfterOneHour() async throws {
        let clock = ManualClock(AccountTests.start)
        let box = DatabaseBox()
        try await withSeededApp(clock: clock.clock, prepare: { db in box.db = db; _ = try await AccountTests.makeUser(db) }) { client in
            let browser = Browser(client)
            let token = try await Self.requestLink(browser, try #require(box.db))
            clock.advance(by: 3599)
            let justInTime = try await browser.get("/password/reset?token=\(token)")
            clock.advance(by: 1)
            let expired = try await browser.get("/password/reset?token=\(token)")
            let garbage = try await browser.get("/password/reset?token=%00%ff")

            #expect(justInTime.status == .ok)
            #expect(expired.status == .badRequest)
            #expect(expired.body.contains("older than one hour"))
            #expect(garbage.status == .badRequest)
        }
    }
}

/// Hands the test's database from `prepare` to the test body.
final class DatabaseBox: @unchecked Sendable {
    var db: Database?
}
