import Foundation
import Logging
import PeerpolisDomain
import PeerpolisStorage
import ServiceLifecycle

/// Delivers the outbox through SMTP, in the server process, as one of the application's services.
///
/// Every few seconds it claims the messages that are due and hands each to the server. A refusal of the
/// message itself (a 5xx reply to MAIL FROM, RCPT TO or the content) is final; anything else (4xx replies, no
/// connection, a timeout, a failed sign-in) is tried again later, after `retryDelays`, and given up after
/// `maxAttempts`. The error is kept either way, and `peerpolis outbox` shows it.
public struct OutboxSender: Service {
    public struct Policy: Sendable {
        /// How often the outbox is looked at when no write wakes the sender sooner.
        public var pollInterval: Duration = .seconds(5)
        /// Attempts before giving up on a message that keeps failing temporarily.
        public var maxAttempts = 6
        /// The wait after the first, second, … failed attempt; the last one repeats.
        public var retryDelays: [TimeInterval] = [60, 300, 900, 3600, 3 * 3600]
        /// How long a claimed message stays hidden from other senders; longer than any one attempt can take.
        public var lease: TimeInterval = 600
        /// Messages older than this when first picked are not sent: links in them would arrive stale. It
        /// matters when SMTP is switched on for a database whose outbox filled up without it.
        public var maxAge: TimeInterval = 2 * 86_400
        /// Messages claimed per pass.
        public var batchSize = 20

        public init() {}

        func retryDelay(afterAttempt attempt: Int) -> TimeInterval {
            retryDelays[min(max(attempt - 1, 0), retryDelays.count - 1)]
        }
    }

    /// What one pass did.
    public struct Report: Sendable, Equatable {
        public var sent = 0
        public var retrying = 0
        public var failed = 0
    }

    let database: Database
    let client: SMTPClient
    let clock: Clock
    let policy: Policy
    let logger: Logger
    let wakeup: OutboxWakeup

    init(database: Database, client: SMTPClient, clock: Clock = .system, policy: Policy = Policy(),
         logger: Logger = Logger(label: "peerpolis.mail"), wakeup: OutboxWakeup = OutboxWakeup()) {
        self.database = database
        self.client = client
        self.clock = clock
        self.policy = policy
        self.logger = logger
        self.wakeup = wakeup
    }

    public func run() async throws {
        logger.info("Sending mail through \(client.settings.host):\(client.settings.port) as \(client.settings.from.address).")
        // A pass in progress finishes (each step has a timeout) before the service ends on shutdown; only
        // the wait between passes is cut short.
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            do {
                _ = try await deliverDue()
            } catch {
                logger.error("Could not read or update the outbox: \(String(reflecting: error))")
            }
            await cancelWhenGracefulShutdown { await wakeup.wait(upTo: policy.pollInterval) }
        }
    }

    /// One pass: claims the due messages and tries each once. Tests call it directly.
    @discardableResult
    public func deliverDue() async throws -> Report {
        var report = Report()
        // One claim at a time, so a pass that stops early (the server is down) leaves nothing claimed.
        for _ in 0..<policy.batchSize {
            let now = clock.now()
            guard let message = try await OutboxMessage.claimDue(now: now, leaseUntil: now.addingTimeInterval(policy.lease),
                                                                 limit: 1, on: database.sql).first else { break }
            if message.attempts == 1, now.timeIntervalSince(message.createdAt) > policy.maxAge {
                try await OutboxMessage.recordFailure(
                    id: message.id, error: "Not sent: it was written \(Int(now.timeIntervalSince(message.createdAt) / 3600)) hours before delivery began, too long ago for its links to be useful.",
                    now: now, retryAt: nil, on: database.sql)
                report.failed += 1
                continue
            }
            do {
                try await client.send(mail(for: message))
                try await OutboxMessage.markSent(id: message.id, now: clock.now(), on: database.sql)
                report.sent += 1
            } catch {
                let failure = error as? SMTPFailure ?? SMTPFailure(.session, String(describing: error))
                let giveUp = failure.isPermanent || message.attempts >= policy.maxAttempts
                let failedAt = clock.now()
                try await OutboxMessage.recordFailure(
                    id: message.id, error: failure.description, now: failedAt,
                    retryAt: giveUp ? nil : failedAt.addingTimeInterval(policy.retryDelay(afterAttempt: message.attempts)),
                    on: database.sql)
                if giveUp { report.failed += 1 } else { report.retrying += 1 }
                logger.warning("Message \(message.id) to \(message.recipient), attempt \(message.attempts): \(failure.description)\(giveUp ? " Given up." : " Will retry.")")
                // The server is unreachable or refuses everyone: the others wait for the next pass.
                if failure.scope == .session { break }
            }
        }
        return report
    }

    /// The message as it goes on the wire. Its Message-ID is the same at every attempt.
    func mail(for message: OutboxMessage) -> OutgoingMail {
        let from = client.settings.from
        let messageID = "<outbox.\(message.id).\(Int(message.createdAt.timeIntervalSince1970))@\(from.domain)>"
        let text = MailFormat.message(from: from, to: message.recipient, subject: message.subject, body: message.body,
                                      date: message.createdAt, messageID: messageID)
        return OutgoingMail(from: from.address, to: message.recipient, text: text)
    }
}
