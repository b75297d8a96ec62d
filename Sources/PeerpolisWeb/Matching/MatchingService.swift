import Logging
import PeerpolisDomain
import PeerpolisStorage
import Synchronization

/// Holds the one `MatchIndex` the web app ranks with, built from the database on first use and rebuilt
/// when the data it was built from changes.
///
/// Freshness: every request reads the change counter (one small query; see `ChangeCounter`); when it has moved
/// since the build, the index is rebuilt, so a new interest, practice or partner-search post counts at once.
/// Concurrent requests that find the index stale share one build.
final class MatchingService: Sendable {
    /// What one build holds: the matchmaker over the index, and the partner-search posts read with it.
    struct Snapshot: Sendable {
        let version: Int
        let matchmaker: Matchmaker
        let posts: [PartnerSearchPost]
    }

    private struct State {
        var snapshot: Snapshot?
        var building: Task<Snapshot, any Error>?
    }

    private let database: Database
    private let logger: Logger
    private let state = Mutex(State())

    init(database: Database, logger: Logger) {
        self.database = database
        self.logger = logger
    }

    /// The current snapshot, built or rebuilt first when needed.
    func snapshot() async throws -> Snapshot {
        let version = try await ChangeCounter.current(on: database.sql)
        if let cached = state.withLock({ $0.snapshot }), cached.version == version { return cached }
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
                state.building = nil
            }
            return built
        } catch {
            state.withLock { $0.building = nil }
            throw error
        }
    }

    private static func build(version: Int, database: Database, logger: Logger) async throws -> Snapshot {
        let started = ContinuousClock.now
        let input = try await MatchIndexLoader.input(on: database.sql)
        let index = MatchIndex(input)
        let posts = try await PartnerSearchPost.fetchAll(on: database.sql)
        logger.info("Built the match index: \(index.count) places, \(index.profileCount) profiles, \(index.linkCount) links, \(posts.count) posts in \(ContinuousClock.now - started).")
        return Snapshot(version: version, matchmaker: Matchmaker(index: index), posts: posts)
    }
}
