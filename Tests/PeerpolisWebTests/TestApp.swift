import Foundation
import Hummingbird
import HummingbirdTesting
import PeerpolisDomain
import PeerpolisStorage
import PeerpolisTestSupport
import Testing
@testable import PeerpolisWeb

/// Today, fixed, so upcoming/past splits and statuses do not drift with the calendar.
let testToday = Day(year: 2019, month: 4, day: 1)!

/// The lowest Bcrypt cost, so account tests stay fast; a fixed key, so runs are repeatable.
let testAuth = AuthSettings(bcryptCost: 4, secretKey: "test-secret-key-of-at-least-32-characters")

/// Runs `body` against the web app over a fresh database holding the seed content (and only the places it
/// names, which keeps each test fast): SQLite, or a schema of its own on PostgreSQL when `DATABASE_URL` is set
/// (see `TestDatabase`). `prepare` may add fixtures first.
func withSeededApp<T: Sendable>(
    clock: Clock = .fixed(testToday),
    auth: AuthSettings = testAuth,
    prepare: @Sendable (Database) async throws -> Void = { _ in },
    _ body: @Sendable (any TestClientProtocol) async throws -> T
) async throws -> T {
    try await withTestDatabase { database in
        try await SeedLoader.load(into: database, places: .referencedOnly)
        try await prepare(database)
        let app = buildApplication(AppConfig(), environment: AppEnvironment(database: database, clock: clock, auth: auth))
        return try await app.test(.router, body)
    }
}

extension TestClientProtocol {
    /// GETs a page and returns its status and body text.
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> (status: HTTPResponse.Status, body: String, headers: HTTPFields) {
        try await execute(uri: uri, method: .get, headers: headers) { response in
            (response.status, String(buffer: response.body), response.headers)
        }
    }
}

/// The internal links (`href="/…"`) of a page, without fragments.
func internalLinks(in html: String) -> [String] {
    var links: [String] = []
    var rest = html[...]
    while let range = rest.range(of: "href=\"/") {
        let start = html.index(before: range.upperBound)
        guard let end = rest[range.upperBound...].firstIndex(of: "\"") else { break }
        var link = String(html[start..<end]).replacingOccurrences(of: "&amp;", with: "&")
        if let hash = link.firstIndex(of: "#") { link = String(link[..<hash]) }
        if !link.isEmpty { links.append(link) }
        rest = rest[end...]
    }
    return links
}

/// What `withSignedInApp` hands a test: the authorization matrix's fixtures made for one role, a browser
/// already signed in as that account (not signed in for `.anonymous`), the client for more browsers, and
/// the database.
struct SignedInApp: Sendable {
    var fixture: AuthorizationMatrixTests.Fixture
    var browser: Browser
    var client: any TestClientProtocol
    var db: Database
}

/// Runs `body` against the seeded app with the matrix's fixtures for `who`; `prepare` adds more after them.
func withSignedInApp<T: Sendable>(
    as who: AuthorizationMatrixTests.Who,
    clock: Clock = .fixed(testToday),
    prepare: @escaping @Sendable (Database, AuthorizationMatrixTests.Fixture) async throws -> Void = { _, _ in },
    _ body: @Sendable (SignedInApp) async throws -> T
) async throws -> T {
    let box = FixtureBox(), dbBox = DatabaseBox()
    return try await withSeededApp(clock: clock, prepare: { db in
        dbBox.db = db
        box.fixture = try await AuthorizationMatrixTests.prepare(db, as: who)
        try await prepare(db, box.fixture)
    }) { client in
        let browser = Browser(client)
        if let session = box.fixture.sessionID { browser.setCookie("peerpolis_session", session) }
        return try await body(SignedInApp(fixture: box.fixture, browser: browser, client: client, db: try #require(dbBox.db)))
    }
}
