import Foundation
import PeerpolisDomain
import Testing
@testable import PeerpolisWeb

@Suite struct SessionCacheTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    func session(userID: Int, expiresIn seconds: TimeInterval = 3600) -> UserSession {
        UserSession(user: User(id: userID, email: "u\(userID)@city.eu", displayName: "U\(userID)", passwordHash: "x"),
                    csrfToken: "t", expiresAt: start.addingTimeInterval(seconds), lastSeenAt: start)
    }

    @Test func aSessionIsKeptForItsLifetimeOnlyAndNeverPastItsExpiry() {
        let cache = SessionCache()
        cache.keep(session(userID: 1), for: "a", now: start)
        cache.keep(session(userID: 2, expiresIn: 2), for: "b", now: start)

        #expect(cache.session(for: "a", now: start.addingTimeInterval(SessionCache.lifetime - 0.1))?.user.id == 1)
        #expect(cache.session(for: "a", now: start.addingTimeInterval(SessionCache.lifetime)) == nil)
        #expect(cache.session(for: "b", now: start.addingTimeInterval(2)) == nil)
        #expect(cache.session(for: "unknown", now: start) == nil)
    }

    @Test func signingOutOrResettingAPasswordForgetsAtOnce() {
        let cache = SessionCache()
        cache.keep(session(userID: 1), for: "a", now: start)
        cache.keep(session(userID: 1), for: "b", now: start)
        cache.keep(session(userID: 2), for: "c", now: start)

        cache.forget(idHash: "a")
        #expect(cache.session(for: "a", now: start) == nil && cache.session(for: "b", now: start) != nil)
        cache.forget(userID: 1)
        #expect(cache.session(for: "b", now: start) == nil && cache.session(for: "c", now: start)?.user.id == 2)
    }
}
