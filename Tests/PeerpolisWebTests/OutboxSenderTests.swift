import Foundation
import Logging
import PeerpolisDomain
import PeerpolisStorage
import PeerpolisTestSupport
import ServiceLifecycle
import Synchronization
import Testing
@testable import PeerpolisWeb

/// The sender between the outbox and a fake SMTP server: delivery, retry after 4xx, giving up after 5xx,
/// nothing for rolled-back writes, the service's life, and no sender at all without SMTP_URL.
@Suite struct OutboxSenderTests {
    static let start = Date(timeIntervalSince1970: 1_700_000_000)
    private struct Rollback: Error {}

    @Test func aGreylisted4xxIsRetriedLaterAndThenDelivered() async throws {
        let rcpts = Mutex(0)
        let server = try await FakeSMTPServer.start { line in
            guard line.hasPrefix("RCPT") else { return nil }
            return rcpts.withLock { $0 += 1; return $0 } == 1 ? "451 4.7.1 Greylisted, try again later" : nil
        }
        try await withMailDatabase { db in
            let now = Mutex(Self.start)
            let sender = OutboxSender(database: db, client: client(server), clock: Clock(now: { now.withLock { $0 } }))
            let id = try await OutboxMessage.insert(recipient: "ana@city.eu", subject: "Hello", body: "Text", now: Self.start, on: db.sql)

            let first = try await sender.deliverDue()
            let afterFirst = try await OutboxMessage.fetchOne(id: id, on: db.sql)
            let tooSoon = try await sender.deliverDue()
            now.withLock { $0 = Self.start.addingTimeInterval(61) }
            let second = try await sender.deliverDue()
            let afterSecond = try await OutboxMessage.fetchOne(id: id, on: db.sql)

            #expect(first == OutboxSender.Report(sent: 0, retrying: 1, failed: 0))
            #expect(afterFirst?.deliveryState == .retrying(attempts: 1, error: "RCPT TO: 451 4.7.1 Greylisted, try again later",
                                                           next: Self.start.addingTimeInterval(60)))
            #expect(tooSoon == OutboxSender.Report())
            #expect(second == OutboxSender.Report(sent: 1, retrying: 0, failed: 0))
            #expect(afterSecond?.deliveryState == .sent(Self.start.addingTimeInterval(61)))
            #expect(afterSecond?.attempts == 2)
        }
        let sessions = server.sessions
        try await server.stop()
        #expect(sessions.count == 2)
        #expect(sessions.last?.data.count == 1)
    }

    @Test func a5xxIsAPermanentFailureWithTheErrorKept() async throws {
        let server = try await FakeSMTPServer.start { $0.hasPrefix("RCPT") ? "550 5.1.1 No such user" : nil }
        try await withMailDatabase { db in
            let sender = OutboxSender(database: db, client: client(server), clock: Clock(now: { Self.start }))
            let id = try await OutboxMessage.insert(recipient: "gone@city.eu", subject: "Hello", body: "Text", now: Self.start, on: db.sql)

            let report = try await sender.deliverDue()
            let later = try await OutboxSender(database: db, client: client(server),
                                               clock: Clock(now: { Self.start.addingTimeInterval(86_400) })).deliverDue()
            let stored = try await OutboxMessage.fetchOne(id: id, on: db.sql)

            #expect(report == OutboxSender.Report(sent: 0, retrying: 0, failed: 1))
            #expect(later == OutboxSender.Report(), "a given-up message is not tried again")
            #expect(stored?.deliveryState == .failed(attempts: 1, error: "RCPT TO: 550 5.1.1 No such user"))
        }
        try await server.stop()
    }

    @Test func temporaryFailuresStopAfterTheLastAttempt() async throws {
        let server = try await FakeSMTPServer.start { $0.hasPrefix("MAIL") ? "421 4.3.2 System not accepting messages" : nil }
        try await withMailDatabase { db in
            var policy = OutboxSender.Policy()
            policy.maxAttempts = 3
            let now = Mutex(Self.start)
            let sender = OutboxSender(database: db, client: client(server), clock: Clock(now: { now.withLock { $0 } }),
                                      policy: policy)
            let id = try await OutboxMessage.insert(recipient: "ana@city.eu", subject: "Hello", body: "Text", now: Self.start, on: db.sql)

            var reports: [OutboxSender.Report] = []
            for _ in 0..<4 {
                reports.append(try await sender.deliverDue())
                now.withLock { $0 = $0.addingTimeInterval(3600) }
            }
            let stored = try await OutboxMessage.fetchOne(id: id, on: db.sql)

            #expect(reports.map(\.retrying) == [1, 1, 0, 0])
            #expect(reports.map(\.failed) == [0, 0, 1, 0])
            #expect(stored?.deliveryState == .failed(attempts: 3, error: "MAIL FROM: 421 4.3.2 System not accepting messages"))
        }
        try await server.stop()
    }

    @Test func nothingIsSentForAWriteThatRolledBack() async throws {
        let server = try await FakeSMTPServer.start()
        try await withMailDatabase { db in
            let sender = OutboxSender(database: db, client: client(server), clock: Clock(now: { Self.start }))
            await #expect(throws: Rollback.self) {
                try await db.transaction { tx in
                    try await OutboxMessage.insert(recipient: "ana@city.eu", subject: "Seat", body: "Text", now: Self.start, on: tx)
                    throw Rollback()
                }
            }

            let report = try await sender.deliverDue()

            #expect(report == OutboxSender.Report())
        }
        let sessions = server.sessions
        try await server.stop()
        #expect(sessions.isEmpty)
    }

    @Test func theServiceWakesForANewMessageAndStopsOnShutdown() async throws {
        let server = try await FakeSMTPServer.start()
        try await withMailDatabase { db in
            var policy = OutboxSender.Policy()
            // Far longer than the test: only the wake-up can make the second message leave in time.
            policy.pollInterval = .seconds(600)
            let wakeup = OutboxWakeup()
            let sender = OutboxSender(database: db, client: client(server), policy: policy, wakeup: wakeup)
            let group = ServiceGroup(configuration: .init(services: [sender], logger: Logger(label: "test")))
            let first = try await OutboxMessage.insert(recipient: "ana@city.eu", subject: "One", body: "Text", now: Date(), on: db.sql)

            let running = Task { try await group.run() }
            let firstSent = try await waitUntilSent(first, db)
            let second = try await OutboxMessage.insert(recipient: "ben@city.eu", subject: "Two", body: "Text", now: Date(), on: db.sql)
            wakeup.signal()
            let secondSent = try await waitUntilSent(second, db)
            let clock = ContinuousClock()
            let stopping = clock.now
            await group.triggerGracefulShutdown()
            try await running.value

            #expect(firstSent, "the first pass runs at start")
            #expect(secondSent, "a signal starts a pass before the poll interval")
            #expect(clock.now - stopping < .seconds(5), "shutdown does not wait out the poll interval")
        }
        try await server.stop()
    }

    private func waitUntilSent(_ id: Int, _ db: Database) async throws -> Bool {
        for _ in 0..<100 {
            if try await OutboxMessage.fetchOne(id: id, on: db.sql)?.sentAt != nil { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }

    @Test func withoutSMTPURLThereIsNoSenderAndMessagesStayInTheOutbox() async throws {
        let config = try AppConfig(environment: [:])
        try await withMailDatabase { db in
            let environment = AppEnvironment(database: db)

            let services = mailServices(config, environment: environment, logger: Logger(label: "test"))
            let withSMTP = mailServices(try AppConfig(environment: ["SMTP_URL": "smtp://127.0.0.1:2525", "MAIL_FROM": "hub@peerpolis.test"]),
                                        environment: environment, logger: Logger(label: "test"))
            try await OutboxMessage.insert(recipient: "ana@city.eu", subject: "Hello", body: "Text", now: Self.start, on: db.sql)
            let listing = try await AccountAdministration.outboxText(database: db, limit: 5, smtpConfigured: false)

            #expect(config.smtp == nil)
            #expect(services.isEmpty)
            #expect(withSMTP.count == 1)
            #expect(listing.hasPrefix("SMTP_URL is not set: messages stay here and are not sent."))
            #expect(listing.contains("Delivery: kept here (no SMTP_URL)"))
        }
    }

    func client(_ server: FakeSMTPServer) -> SMTPClient {
        SMTPClient(settings: SMTPSettings(host: "127.0.0.1", port: server.port, from: MailAddress("hub@peerpolis.test")!))
    }
}

/// SMTP_URL, MAIL_FROM and SMTP_ALLOW_PLAINTEXT as the environment gives them.
@Suite struct MailConfigTests {
    @Test func aURLWithCredentialsIsRead() throws {
        let config = try AppConfig(environment: ["SMTP_URL": "smtp://hub%40city.eu:p%40ss@127.0.0.1:587",
                                                 "MAIL_FROM": "Peerpolis <hub@city.eu>"])

        #expect(config.smtp?.host == "127.0.0.1")
        #expect(config.smtp?.port == 587)
        #expect(config.smtp?.username == "hub@city.eu")
        #expect(config.smtp?.password == "p@ss")
        #expect(config.smtp?.from == MailAddress("Peerpolis <hub@city.eu>"))
    }

    @Test func aPasswordForAnotherMachineRequiresSTARTTLSUnlessPlaintextIsAllowed() throws {
        let remote = ["SMTP_URL": "smtp://user:pass@mail.example.org:587", "MAIL_FROM": "hub@example.org"]

        let required = try AppConfig(environment: remote)
        let allowed = try AppConfig(environment: remote.merging(["SMTP_ALLOW_PLAINTEXT": "1"]) { $1 })
        let withoutPassword = try AppConfig(environment: ["SMTP_URL": "smtp://mail.example.org", "MAIL_FROM": "hub@example.org"])
        let lookalike = try AppConfig(environment: ["SMTP_URL": "smtp://user:pass@127.example.org", "MAIL_FROM": "hub@example.org"])
        let local = try AppConfig(environment: ["SMTP_URL": "smtp://user:pass@127.0.0.1", "MAIL_FROM": "hub@example.org"])
        let implicit = try AppConfig(environment: ["SMTP_URL": "smtps://user:pass@mail.example.org", "MAIL_FROM": "hub@example.org"])

        #expect(required.smtp?.security == .startTLS)
        #expect(allowed.smtp?.security == .startTLSIfOffered)
        #expect(withoutPassword.smtp?.security == .startTLSIfOffered)
        #expect(withoutPassword.smtp?.port == 25)
        #expect(lookalike.smtp?.security == .startTLS, "a name that starts with 127. is not this machine")
        #expect(local.smtp?.security == .plain)
        #expect(implicit.smtp?.security == .implicitTLS)
        #expect(implicit.smtp?.port == 465)
    }

    @Test func aMissingSenderAndOtherSchemesAreExplained() {
        #expect(throws: ConfigError.self) { try AppConfig(environment: ["SMTP_URL": "smtp://localhost"]) }
        #expect(throws: ConfigError.self) { try AppConfig(environment: ["SMTP_URL": "submission://localhost", "MAIL_FROM": "hub@x.org"]) }
        #expect(throws: ConfigError.self) { try AppConfig(environment: ["SMTP_URL": "smtp://localhost", "MAIL_FROM": "not an address"]) }
    }
}

/// A fresh, migrated database without seed content.
func withMailDatabase(_ body: (Database) async throws -> Void) async throws {
    try await withTestDatabase(body)
}
