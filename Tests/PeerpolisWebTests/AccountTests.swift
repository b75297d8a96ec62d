import Foundation
import Hummingbird
import HummingbirdBcrypt
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

/// Sign-up, sign-in, sign-out, CSRF, lockout and password reset, through HTTP as a browser does them.
@Suite struct AccountTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)
    static let password = "Several words 4 city"

    /// Inserts an account directly, with a cheap hash, for tests that start signed up.
    static func makeUser(_ db: Database, email: String = "officer@city.eu", name: String = "Ana Officer") async throws -> User {
        try await User.insert(email: email, displayName: name, passwordHash: Bcrypt.hash(password, cost: 4), now: start, on: db.sql)
    }

    @Test func signUpSignsInAndSignOutEndsTheSessionRow() async throws {
        let clock = ManualClock(Self.start)
        try await withSeededApp(clock: clock.clock, prepare: { _ in }) { client in
            let browser = Browser(client)
            let form = try await browser.get("/sign-up")
            let created = try await browser.post("/sign-up", ["email": "New@Town.org", "name": "Bo <Town>", "password": Self.password],
                                                 csrf: form.csrf)
            let home = try await browser.get("/")
            let signOut = try await browser.post("/sign-out", [:], csrf: home.csrf)
            let after = try await browser.get("/")

            #expect(form.status == .ok)
            #expect(form.headers[values: .setCookie].contains { $0.hasPrefix("peerpolis_csrf=") && $0.contains("HttpOnly") && $0.contains("SameSite=Lax") })
            #expect(created.status == .seeOther)
            let session = created.headers[values: .setCookie].first { $0.hasPrefix("peerpolis_session=") } ?? ""
            #expect(session.contains("HttpOnly") && session.contains("SameSite=Lax") && !session.contains("Secure"))
            #expect(home.body.contains("Signed in as Bo &lt;Town&gt;"))
            #expect(signOut.status == .seeOther)
            #expect(browser.cookies["peerpolis_session"] == nil)
            #expect(after.body.contains(">Sign in</a>"))
        }
    }

    @Test func aSignedOutSessionCannotBeReplayed() async throws {
        try await withSeededApp(prepare: { db in _ = try await Self.makeUser(db) }) { client in
            let browser = Browser(client)
            let form = try await browser.get("/sign-in")
            _ = try await browser.post("/sign-in", ["email": "OFFICER@city.eu", "password": Self.password], csrf: form.csrf)
            let stolen = browser.cookies["peerpolis_session"] ?? ""
            let home = try await browser.get("/")
            _ = try await browser.post("/sign-out", [:], csrf: home.csrf)
            let replay = try await client.get("/", headers: [.cookie: "peerpolis_session=\(stolen)"])

            #expect(!stolen.isEmpty)
            #expect(home.body.contains("Signed in as Ana Officer"))
            #expect(replay.body.contains(">Sign in</a>"))
        }
    }

    @Test func aFormWithoutTheRightTokenIsRefusedWithASentence() async throws {
        try await withSeededApp(prepare: { db in _ = try await Self.makeUser(db) }) { client in
            let browser = Browser(client)
            let form = try await browser.get("/sign-in")
            let missing = try await browser.post("/sign-in", ["email": "officer@city.eu", "password": Self.password], csrf: nil)
            let wrong = try await browser.post("/sign-in", ["email": "officer@city.eu", "password": Self.password], csrf: "forged")
            let noCookie = try await Browser(client).post("/sign-up", ["email": "x@y.eu", "name": "X", "password": Self.password],
                                                          csrf: form.csrf)
            _ = try await browser.post("/sign-in", ["email": "officer@city.eu", "password": Self.password], csrf: form.csrf)
            // Signed in, the anonymous nonce no longer counts: the session's own token is required.
            let signOutWithNonce = try await browser.post("/sign-out", [:], csrf: form.csrf)

            for page in [missing, wrong, noCookie, signOutWithNonce] {
                #expect(page.status == .forbidden)
                #expect(page.body.contains("security token was missing or out of date"))
            }
            #expect(browser.cookies["peerpolis_session"] != nil)
        }
    }

    @Test func fiveFailuresLockTheAccountForFifteenMinutes() async throws {
        let clock = ManualClock(Self.start)
        try await withSeededApp(clock: clock.clock, prepare: { db in _ = try await Self.makeUser(db) }) { client in
            let browser = Browser(client)
            let csrf = try await browser.get("/sign-in").csrf
            var statuses: [Int] = []
            for _ in 1...5 {
                statuses.append(try await browser.post("/sign-in", ["email": "officer@city.eu", "password": "wrong guess 123"], csrf: csrf).status.code)
                clock.advance(by: 60)
            }
            let lockedWithRightPassword = try await browser.post("/sign-in", ["email": "officer@city.eu", "password": Self.password], csrf: csrf)
            clock.advance(by: 15 * 60)
            let afterLock = try await browser.post("/sign-in", ["email": "officer@city.eu", "password": Self.password], csrf: csrf)

            #expect(statuses == [401, 401, 401, 401, 429])
            #expect(lockedWithRightPassword.status == .tooManyRequests)
            #expect(lockedWithRightPassword.body.contains("locked until 2027-01-15 08:19 UTC"))
            #expect(lockedWithRightPassword.body.contains("value=\"officer@city.eu\""))
            #expect(afterLock.status == .seeOther)
        }
    }

    @Test func oneAddressIsSlowedAfterTheLimitWhateverTheAccount() async throws {
        var settings = testAuth
        settings.signInAttemptsPerAddress = 3
        try await withSeededApp(auth: settings, prepare: { db in _ = try await Self.makeUser(db) }) { client in
            let browser = Browser(client)
            let csrf = try await browser.get("/sign-in").csrf
            var statuses: [Int] = []
            for index in 1...4 {
                let page = try await browser.post("/sign-in", ["email": "nobody\(index)@city.eu", "password": "whatever 12345"], csrf: csrf)
                statuses.append(page.status.code)
            }
            let rightPassword = try await browser.post("/sign-in", ["email": "officer@city.eu", "password": Self.password], csrf: csrf)

            #expect(statuses == [401, 401, 401, 429])
            #expect(rightPassword.status == .tooManyRequests)
            #expect(rightPassword.body.contains("Too many sign-in attempts came from your network"))
        }
    }

    @Test func theAccountFormsAndTheirMessagesAreInFrench() async throws {
        try await withSeededApp { client in
            let browser = Browser(client)
            let form = try await browser.get("/sign-up?lang=fr")
            let short = try await browser.post("/sign-up?lang=fr", ["email": "ana@ville.fr", "name": "Ana", "password": "Court1"],
                                               csrf: form.csrf)
            let signIn = try await browser.get("/sign-in?lang=fr")

            #expect(form.body.contains("Nom montré aux autres") && form.body.contains("Mot de passe"))
            #expect(short.status == .badRequest && short.body.contains("au moins 12 caractères"))
            #expect(signIn.body.contains("Mot de passe oublié ?"))
        }
    }

    @Test func aWeakPasswordIsRefusedNamingTheRuleAndKeepingWhatWasTyped() async throws {
        try await withSeededApp { client in
            let browser = Browser(client)
            let csrf = try await browser.get("/sign-up").csrf
            let short = try await browser.post("/sign-up", ["email": "ana@city.eu", "name": "Ana", "password": "Short1"], csrf: csrf)
            let oneClass = try await browser.post("/sign-up", ["email": "ana@city.eu", "name": "Ana", "password": "onlylowercaseletters"], csrf: csrf)
            let badEmail = try await browser.post("/sign-up", ["email": "not-an-address", "name": "", "password": Self.password], csrf: csrf)

            #expect(short.status == .badRequest)
            #expect(short.body.contains("at least 12 characters"))
            #expect(short.body.contains("value=\"ana@city.eu\"") && short.body.contains("value=\"Ana\""))
            #expect(!short.body.contains("Short1"))
            #expect(oneClass.body.contains("only one kind of character"))
            #expect(badEmail.body.contains("Enter an e-mail address such as name@city.eu."))
            #expect(badEmail.body.contains("Enter the name others will see"))
            #expect(browser.cookies["peerpolis_session"] == nil)
        }
    }
}

/// Headers that depend on how the site is served.
@Suite struct TransportSecurityTests {
    @Test func httpsSitesGetHSTSAndSecureCookiesAndHttpSitesDoNot() async throws {
        let https = AuthSettings(bcryptCost: 4, secretKey: "test-secret-key-of-at-least-32-characters", secureCookies: true)
        try await withSeededApp(auth: https) { client in
            let page = try await client.get("/sign-in")
            #expect(page.headers[.strictTransportSecurity] == "max-age=31536000")
            #expect(page.headers[values: .setCookie].allSatisfy { $0.contains("Secure") })
            #expect(page.headers[.init("Content-Security-Policy")!]?.contains("frame-ancestors 'none'") == true)
        }
        try await withSeededApp { client in
            let page = try await client.get("/sign-in")
            #expect(page.headers[.strictTransportSecurity] == nil)
            #expect(page.headers[values: .setCookie].allSatisfy { !$0.contains("Secure") })
        }
    }

    @Test func aFormBodyOver64KBIsRefused() async throws {
        try await withSeededApp { client in
            let body = "email=" + String(repeating: "a", count: 70_000)
            let status = try await client.execute(uri: "/sign-in", method: .post,
                                                  headers: [.contentType: "application/x-www-form-urlencoded"],
                                                  body: ByteBuffer(string: body)) { $0.status }
            #expect(status == .contentTooLarge)
        }
    }
}
