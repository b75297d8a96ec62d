@preconcurrency import AsyncKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit

/// The two engines Peerpolis runs on. SQL that differs between them is chosen by switching on this.
public enum Dialect: String, Sendable {
    case sqlite, postgres
}

/// Where the data lives: an SQLite file (the embedded default) or a PostgreSQL server.
public enum DatabaseLocation: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(url: String, searchPath: [String]? = nil)
}

/// A connection pool to the hub's database, reached through SQLKit.
public final class Database: Sendable {
    public let sql: any SQLDatabase
    public let dialect: Dialect
    /// What search facets and ordering read of every indexed document, kept in memory for this pool.
    public let searchFacts = SearchFactsCache()
    private let shutdownPool: @Sendable () async throws -> Void
    /// SQLite's transactions queue here rather than in its busy handler; see `WriterQueue`.
    private let writers = WriterQueue()

    private init(sql: any SQLDatabase, dialect: Dialect, shutdown: @escaping @Sendable () async throws -> Void) {
        self.sql = sql
        self.dialect = dialect
        self.shutdownPool = shutdown
    }

    /// Opens a pool. SQLite files are created when missing and switched to WAL mode.
    public static func open(_ location: DatabaseLocation, logger: Logger = Logger(label: "peerpolis.db"),
                            maxConnections: Int = 4) async throws -> Database {
        let group = MultiThreadedEventLoopGroup.singleton
        switch location {
        case .sqlite(let path):
            SQLiteRanking.install()
            let source = SQLiteFileSource(path: path)
            let pool = EventLoopGroupConnectionPool(source: source, maxConnectionsPerEventLoop: maxConnections,
                                                     logger: logger, on: group)
            let db = PooledSQLiteDatabase(pool: pool, logger: logger)
            // WAL lets readers go on while one writer writes; it is a property of the file, so once is enough.
            try await db.sql(queryLogLevel: nil).raw("PRAGMA journal_mode=WAL").run()
            let box = PoolBox(pool)
            return Database(sql: db.sql(queryLogLevel: nil), dialect: .sqlite) {
                try await box.pool.shutdownAsync()
            }
        case .postgres(let url, let searchPath):
            var configuration = try SQLPostgresConfiguration(url: url)
            configuration.searchPath = searchPath
            let source = PostgresConnectionSource(sqlConfiguration: configuration)
            let pool = EventLoopGroupConnectionPool(source: source, maxConnectionsPerEventLoop: maxConnections,
                                                     logger: logger, on: group)
            let box = PoolBox(pool)
            return Database(sql: pool.database(logger: logger).sql(queryLogLevel: nil), dialect: .postgres) {
                try await box.pool.shutdownAsync()
            }
        }
    }

    /// Closes every pooled connection. Call once, when the database is no longer used.
    public func close() async throws {
        try await shutdownPool()
    }

    /// Runs `body` in one transaction on one connection: all of its writes land, or none do.
    ///
    /// `pageCacheMiB` is for bulk writes on SQLite: the connection's page cache grows to that size for the
    /// transaction, so the pages of tables and indexes being filled stay in memory instead of being spilled to
    /// the log and read back (a tenth of a 235,000-place import went to that with SQLite's default of 2 MiB).
    public func transaction<T: Sendable>(pageCacheMiB: Int? = nil,
                                         _ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let dialect = self.dialect
        let cache = dialect == .sqlite ? pageCacheMiB : nil
        guard dialect == .sqlite else { return try await session(dialect: dialect, cache: cache, body) }
        return try await writers.run { try await self.session(dialect: dialect, cache: cache, body) }
    }

    private func session<T: Sendable>(dialect: Dialect, cache: Int?,
                                      _ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await sql.withSession { session in
            if let cache { try await session.raw("PRAGMA cache_size = -\(unsafeRaw: String(cache * 1024))").run() }
            // IMMEDIATE takes SQLite's write lock up front, so two writers queue instead of failing to upgrade.
            try await session.raw(dialect == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN").run()
            do {
                let result = try await body(session)
                try await session.raw("COMMIT").run()
                if cache != nil { try await session.raw("PRAGMA cache_size = -\(unsafeRaw: String(Self.defaultPageCacheKiB))").run() }
                return result
            } catch {
                try? await session.raw("ROLLBACK").run()
                if cache != nil { try? await session.raw("PRAGMA cache_size = -\(unsafeRaw: String(Self.defaultPageCacheKiB))").run() }
                throw error
            }
        }
    }

    /// SQLite's own default page cache, which pooled connections go back to after a bulk write.
    static let defaultPageCacheKiB = 2000
}

/// Opens SQLite connections to one file with the settings every connection needs.
struct SQLiteFileSource: ConnectionPoolSource, Sendable {
    let path: String

    func makeConnection(logger: Logger, on eventLoop: any EventLoop) -> EventLoopFuture<SQLiteConnection> {
        SQLiteConnection.open(storage: .file(path: path), threadPool: .singleton, logger: logger, on: eventLoop)
            .flatMap { connection in
                // Foreign keys are off by default in SQLite; busy_timeout makes a writer wait for the lock
                // rather than fail at once; NORMAL sync is safe with WAL and much faster than FULL.
                connection.query("PRAGMA foreign_keys = ON")
                    .flatMap { _ in connection.query("PRAGMA busy_timeout = 10000") }
                    .flatMap { _ in connection.query("PRAGMA synchronous = NORMAL") }
                    .map { _ in connection }
            }
    }
}

/// An `SQLiteDatabase` that borrows a pooled connection for each query, or for a whole session.
/// AsyncKit's pools guard their state with locks but predate `Sendable`; this box says so once.
final class PoolBox<Source: ConnectionPoolSource>: @unchecked Sendable {
    let pool: EventLoopGroupConnectionPool<Source>
    init(_ pool: EventLoopGroupConnectionPool<Source>) { self.pool = pool }
}

/// See `PoolBox` for why the conformance is unchecked.
struct PooledSQLiteDatabase: SQLiteDatabase, @unchecked Sendable {
    let pool: EventLoopGroupConnectionPool<SQLiteFileSource>
    let logger: Logger

    var eventLoop: any EventLoop { pool.eventLoopGroup.any() }

    func lastAutoincrementID() -> EventLoopFuture<Int> {
        pool.withConnection(logger: logger) { $0.lastAutoincrementID() }
    }

    func withConnection<T>(_ closure: @escaping (SQLiteConnection) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        pool.withConnection(logger: logger) { closure($0) }
    }

    func query(_ query: String, _ binds: [SQLiteData], logger: Logger,
               _ onRow: @escaping @Sendable (SQLiteRow) -> Void) -> EventLoopFuture<Void> {
        withConnection { $0.query(query, binds, logger: logger, onRow) }
    }
}

