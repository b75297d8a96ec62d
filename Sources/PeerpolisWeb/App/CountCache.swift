import Synchronization

/// Totals of large filtered lists, kept for a short while. Counting the 34,000 places took a third of the
/// place list's time; a total a few seconds old is fine for "page 3 of 1,701". Entries expire after `lifetime`,
/// and the cache empties itself when it reaches `capacity` so odd filters cannot grow it without bound.
final class CountCache: Sendable {
    private struct Entry {
        var total: Int
        var expires: ContinuousClock.Instant
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let lifetime: Duration
    private let capacity: Int

    init(lifetime: Duration = .seconds(30), capacity: Int = 10_000) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    func total(for key: String) -> Int? {
        let now = ContinuousClock.now
        return entries.withLock { entries in
            guard let entry = entries[key], entry.expires > now else { return nil }
            return entry.total
        }
    }

    func store(_ total: Int, for key: String) {
        let expires = ContinuousClock.now + lifetime
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = Entry(total: total, expires: expires)
        }
    }
}
