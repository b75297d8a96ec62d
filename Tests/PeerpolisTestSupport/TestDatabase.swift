import Foundation
import PeerpolisStorage
import SQLKit

/// Why a test database could not be made, as a sentence.
public struct TestDatabaseError: Error, CustomStringConvertible {
    public var description: String
}

/// Gives each test a fresh, migrated database and removes it afterwards.
///
/// By default a new SQLite file in a temporary folder. When `DATABASE_URL` names a PostgreSQL server, a new
/// schema on it (`t_<random>`), dropped afterwards; only a server on this machine is accepted, since the
/// tests create and drop schemas.
public enum TestDatabase {
    public static var postgresURL: String? {
        let url = ProcessInfo.processInfo.environment["DATABASE_URL"] ?? ""
        return url.isEmpty ? nil : url
    }

    public static var isPostgres: Bool { postgresURL != nil }

    /// Keeps the number of databases open at once small, so parallel tests stay under PostgreSQL's connection limit.
    static let gate = Gate(limit: 6)

    static func checkLocal(_ url: String) throws {
        guard let components = URLComponents(string: url), let scheme = components.scheme,
              scheme == "postgres" || scheme == "postgresql" else {
            throw TestDatabaseError(description: "DATABASE_URL must be a postgres:// URL, e.g. postgres://peerpolis:peerpolis@127.0.0.1:5432/peerpolis_test.")
        }
        let host = (components.host ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        guard ["localhost", "127.0.0.1", "::1"].contains(host) else {
            throw TestDatabaseError(description: "DATABASE_URL points at the host '\(host)'. The storage tests create and drop schemas, so they only run against a PostgreSQL on this machine (localhost, 127.0.0.1 or ::1).")
        }
    }
}

/// Runs `body` with a fresh, migrated database; the database is closed and removed however `body` ends.
public func withTestDatabase<T: Sendable>(migrated: Bool = true,
                                   _ body: (Database) async throws -> T) async throws -> T {
    await TestDatabase.gate.enter()
    do {
        let result = try await withFreshDatabase(migrated: migrated, body)
        await TestDatabase.gate.leave()
        return result
    } catch {
        await TestDatabase.gate.leave()
        throw error
    }
}

private func withFreshDatabase<T: Sendable>(migrated: Bool, _ body: (Database) async throws -> T) async throws -> T {
    if let url = TestDatabase.postgresURL {
        try TestDatabase.checkLocal(url)
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let admin = try await Database.open(.postgres(url: url), maxConnections: 1)
        do {
            try await admin.sql.raw("CREATE SCHEMA \(ident: String(schema))").run()
        } catch {
            try? await admin.close()
            throw TestDatabaseError(description: "Could not create a schema on \(url): \(String(reflecting: error)). Is PostgreSQL running (scripts/ci-postgres.sh starts it)?")
        }
        let result: Result<T, any Error>
        do {
            let db = try await Database.open(.postgres(url: url, searchPath: [String(schema)]), maxConnections: 2)
            result = await run(db, migrated: migrated, body)
        } catch {
            result = .failure(error)
        }
        try? await admin.sql.raw("DROP SCHEMA \(ident: String(schema)) CASCADE").run()
        try? await admin.close()
        return try result.get()
    } else {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("peerpolis-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try await Database.open(.sqlite(path: folder.appendingPathComponent("test.sqlite").path))
        return try await run(db, migrated: migrated, body).get()
    }
}

private func run<T: Sendable>(_ db: Database, migrated: Bool,
                              _ body: (Database) async throws -> T) async -> Result<T, any Error> {
    let result: Result<T, any Error>
    do {
        if migrated { try await db.migrate() }
        result = .success(try await body(db))
    } catch {
        result = .failure(error)
    }
    try? await db.close()
    return result
}

/// A counting semaphore for async code.
public actor Gate {
    private let limit: Int
    private var inside = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    public init(limit: Int) {
        self.limit = limit
    }

    public func enter() async {
        if inside < limit {
            inside += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    public func leave() {
        if waiting.isEmpty {
            inside -= 1
        } else {
            // The slot passes straight to the next waiter.
            waiting.removeFirst().resume()
        }
    }
}

/// A temporary folder for files a test writes, removed afterwards.
public func withTemporaryFolder<T>(_ body: (URL) async throws -> T) async throws -> T {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("peerpolis-files-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try await body(folder)
}
