import Foundation
import PeerpolisDomain
import Synchronization

/// Session lookups kept for a few seconds, so a signed-in visitor's pages do not each pay a database
/// round trip (it made them 22–29 % slower than anonymous ones; BENCHMARKS.md).
///
/// The trade: sessions still live in the database, so any instance can serve any visitor, but a session
/// ended on one instance stays usable on another for at most `lifetime`. On the instance that ends it
/// (sign-out, password reset), it ends at once. Roles are not cached: every write reads them afresh.
final class SessionCache: Sendable {
    static let lifetime: TimeInterval = 5
    /// Past this many entries the cache starts over rather than grow without bound.
    static let capacity = 10_000

    private struct Entry {
        var session: UserSession
        var fetchedAt: Date
    }

    private let entries = Mutex<[String: Entry]>([:])

    /// The session for this cookie digest, when it was read less than `lifetime` ago and has not expired.
    func session(for idHash: String, now: Date) -> UserSession? {
        entries.withLock { entries in
            guard let entry = entries[idHash] else { return nil }
            guard now.timeIntervalSince(entry.fetchedAt) < Self.lifetime, entry.session.expiresAt > now else {
                entries[idHash] = nil
                return nil
            }
            return entry.session
        }
    }

    func keep(_ session: UserSession, for idHash: String, now: Date) {
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[idHash] = Entry(session: session, fetchedAt: now)
        }
    }

    func forget(idHash: String) {
        _ = entries.withLock { $0.removeValue(forKey: idHash) }
    }

    /// Ends every cached session of an account (a password reset signs it out everywhere).
    func forget(userID: Int) {
        entries.withLock { entries in entries = entries.filter { $0.value.session.user.id != userID } }
    }
}
