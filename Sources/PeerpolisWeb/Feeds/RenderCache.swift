import PeerpolisStorage
import Synchronization

/// Rendered feeds, calendars and API answers, keyed by address and language, each kept with the version of the
/// data it was rendered from (the change counter, and for feeds the table's `DataVersion`). A hit costs a
/// small query or two instead of reading and writing up to 200 events (the iCalendar writer alone manages
/// about 1,700 calendars of 200 events a second; issue 5 asks for 2,000).
final class RenderCache: Sendable {
    private struct Entry {
        var version: String
        var bytes: [UInt8]
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let capacity: Int

    init(capacity: Int = 2_000) {
        self.capacity = capacity
    }

    /// The cached bytes for `key` if they were rendered from `version`, else the result of `render`, stored.
    func bytes(for key: String, version: String, render: () async throws -> [UInt8]) async rethrows -> [UInt8] {
        if let hit = entries.withLock({ $0[key] }), hit.version == version { return hit.bytes }
        let bytes = try await render()
        entries.withLock { entries in
            // Emptied rather than evicted one by one: odd addresses cannot grow it without bound, and the
            // popular feeds come back on their next request.
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = Entry(version: version, bytes: bytes)
        }
        return bytes
    }
}
