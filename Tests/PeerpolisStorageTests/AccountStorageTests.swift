import Foundation
import PeerpolisDomain
import PeerpolisStorage
import PeerpolisTestSupport
import Testing

/// Accounts, sessions and reset tokens on the engine under test (SQLite, or PostgreSQL in CI).
@Suite struct AccountStorageTests {
    let noon = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func addressesAreUniqueWhateverTheirCase() async throws {
        try await withTestDatabase { db in
            _ = try await User.insert(email: "Ana@City.eu", displayName: "Ana", passwordHash: "h", now: noon, on: db.sql)

            let found = try await User.fetchOne(email: "  ana@CITY.eu ", on: db.sql)
            await #expect(throws: EmailTakenError.self) {
                _ = try await User.insert(email: "ana@city.EU", displayName: "Other", passwordHash: "h", now: noon, on: db.sql)
            }

            #expect(found?.displayName == "Ana")
            #expect(found?.email == "Ana@City.eu")
            #expect(try await User.fetchCount(on: db.sql) == 1)
        }
    }

    @Test func anAccountKeepsItsLanguageAndItsSessionReadsIt() async throws {
        try await withTestDatabase { db in
            let lea = try await User.insert(email: "lea@ville.fr", displayName: "Léa", passwordHash: "h", language: "fr", now: noon,
                                            on: db.sql)
            let ann = try await User.insert(email: "ann@city.eu", displayName: "Ann", passwordHash: "h", now: noon, on: db.sql)
            try await UserSession.insert(idHash: "lea", userID: lea.id, csrfToken: "tok", now: noon,
                                         expiresAt: noon.addingTimeInterval(3600), on: db.sql)

            try await User.updateLanguage(id: ann.id, language: "fr", now: noon, on: db.sql)
            try await User.updateLanguage(id: lea.id, language: "en", now: noon, on: db.sql)
            let annAfter = try await User.fetchOne(id: ann.id, on: db.sql)
            let session = try await UserSession.fetchOne(idHash: "lea", now: noon, on: db.sql)

            #expect(lea.language == "fr")
            #expect(ann.language == "en")
            #expect(annAfter?.language == "fr")
            #expect(session?.user.language == "en")
        }
    }

    @Test func aSessionIsFoundUntilItExpiresOrIsDeleted() async throws {
        try await withTestDatabase { db in
            let user = try await User.insert(email: "bo@town.org", displayName: "Bo", passwordHash: "h", now: noon, on: db.sql)
            try await UserSession.insert(idHash: "abc", userID: user.id, csrfToken: "tok", now: noon,
                                         expiresAt: noon.addingTimeInterval(3600), on: db.sql)

            let live = try await UserSession.fetchOne(idHash: "abc", now: noon.addingTimeInterval(60), on: db.sql)
            let expired = try await UserSession.fetchOne(idHash: "abc", now: noon.addingTimeInterval(3601), on: db.sql)
            let unknown = try await UserSession.fetchOne(idHash: "abd", now: noon, on: db.sql)
            try await UserSession.delete(idHash: "abc", on: db.sql)
            let deleted = try await UserSession.fetchOne(idHash: "abc", now: noon, on: db.sql)

            #expect(live?.user.id == user.id)
            #expect(live?.csrfToken == "tok")
            #expect(live?.expiresAt == noon.addingTimeInterval(3600))
            #expect(expired == nil)
            #expect(unknown == nil)
            #expect(deleted == nil)
        }
    }

    @Test func aResetTokenWorksOnceAndNotAfterItExpires() async throws {
        try await withTestDatabase { db in
            let user = try await User.insert(email: "cy@ville.fr", displayName: "Cy", passwordHash: "h", now: noon, on: db.sql)
            try await PasswordReset.insert(tokenHash: "once", userID: user.id, now: noon,
                                           expiresAt: noon.addingTimeInterval(3600), on: db.sql)
            try await PasswordReset.insert(tokenHash: "late", userID: user.id, now: noon,
                                           expiresAt: noon.addingTimeInterval(3600), on: db.sql)

            let first = try await PasswordReset.consume(tokenHash: "once", now: noon.addingTimeInterval(10), on: db.sql)
            let second = try await PasswordReset.consume(tokenHash: "once", now: noon.addingTimeInterval(20), on: db.sql)
            let tooLate = try await PasswordReset.consume(tokenHash: "late", now: noon.addingTimeInterval(3600), on: db.sql)

            #expect(first == user.id)
            #expect(second == nil)
            #expect(tooLate == nil)
        }
    }

    @Test func lockoutCountersAndOutboxRoundTrip() async throws {
        try await withTestDatabase { db in
            let user = try await User.insert(email: "di@city.eu", displayName: "Di", passwordHash: "h", now: noon, on: db.sql)
            try await User.updateSignInState(id: user.id, failedSignIns: 3, failedSince: noon,
                                             lockedUntil: noon.addingTimeInterval(900), on: db.sql)
            try await OutboxMessage.insert(recipient: "di@city.eu", subject: "Hello", body: "Text", now: noon, on: db.sql)

            let stored = try await User.fetchOne(id: user.id, on: db.sql)
            let messages = try await OutboxMessage.fetchAll(on: db.sql)

            #expect(stored?.failedSignIns == 3)
            #expect(stored?.failedSince == noon)
            #expect(stored?.lockedUntil == noon.addingTimeInterval(900))
            #expect(messages.map(\.subject) == ["Hello"])
            #expect(messages.first?.createdAt == noon)
        }
    }
}

/// Stored timestamps read back exactly, through the fast path and the fallback alike.
@Suite struct TimestampTests {
    @Test(arguments: [0.0, 951_782_400, 1_700_000_000, 4_102_444_799, -86_401])
    func writtenTimestampsReadBackToTheSecond(seconds: Double) async throws {
        try await withTestDatabase { db in
            let date = Date(timeIntervalSince1970: seconds)
            let user = try await User.insert(email: "t@x.eu", displayName: "T", passwordHash: "h", now: date, on: db.sql)
            try await User.updateSignInState(id: user.id, failedSignIns: 1, failedSince: date, lockedUntil: nil, on: db.sql)
            #expect(try await User.fetchOne(id: user.id, on: db.sql)?.failedSince == date)
        }
    }
}
