import Logging
import PeerpolisDomain
import PeerpolisStorage
import Synchronization

/// Holds the one `MatchIndex` the web app ranks with, built from the database on first use and rebuilt
/// when the data it was built from changes.
///
/// Freshness: at most every `recheckInterval` a request reads `MatchDataVersion` (a count and newest
/// `updated_at` per table the index reads); when it differs from the built one, the index is rebuilt, so a
/// new interest, practice or partner-search post shows up within that interval. Checking on every request
/// would add eight aggregates (one a scan of 34,000 places) to an answer that takes milliseconds.
/// Concurrent requests that find the index stale share one build.
final class MatchingService: Sendable {
    /// What one build holds: the matchmaker over the index, and the partner-search posts read with it.
    struct Snapshot: Sendable {
        let version: MatchDataVersion
        let matchmaker: Matchmaker
        let posts: [PartnerSearchPost]
    }

    private struct State {
        var snapshot: Snapshot?
        var checkedAt: ContinuousClock.Instant?
        var building: Task<Snapshot, any Error>?
    }

    static let recheckInterval: Duration = .seconds(2)

    private let database: Database
    private let logger: Logger
    private let state = Mutex(State())

    init(database: Database, logger: Logger) {
        self.database = database
        self.logger = logger
    }

    /// The current snapshot, built or rebuilt first when needed.
    func snapshot() async throws -> Snapshot {
        let now = ContinuousClock.now
        let (cached, fresh) = state.withLock { state in
            (state.snapshot, state.checkedAt.map { now - $0 < Self.recheckInterval } ?? false)
        }
        if let cached, fresh { return cached }
        let version = try await MatchDataVersion.current(on: database.sql)
        if let cached, cached.version == version {
            state.withLock { $0.checkedAt = now }
            return cached
        }
        let task = state.withLock { state in
            if let building = state.building { return building }
            let building = Task { [database, logger] in try await Self.build(version: version, database: database, logger: logger) }
            state.building = building
            return building
        }
        do {
            let built = try await task.value
            state.withLock { state in
                state.snapshot = built
                state.checkedAt = now
                state.building = nil
            }
            return built
        } catch {
            state.withLock { $0.building = nil }
            throw error
        }
    }

    private static func build(version: MatchDataVersion, database: Database, logger: Logger) async throws -> Snapshot {
        let started = ContinuousClock.now
        let input = try await MatchIndexLoader.input(on: database.sql)
        let index = MatchIndex(input)
        let posts = try await PartnerSearchPost.fetchAll(on: database.sql)
        logger.info("Built the match index: \(index.count) places, \(index.profileCount) profiles, \(index.linkCount) links, \(posts.count) posts in \(ContinuousClock.now - started).")
        return Snapshot(version: version, matchmaker: Matchmaker(index: index), posts: posts)
    }
}
