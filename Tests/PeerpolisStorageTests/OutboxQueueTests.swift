import Foundation
import PeerpolisDomain
import PeerpolisStorage
import PeerpolisTestSupport
import Testing

/// The outbox as a delivery queue: claims, leases, retries and final states, on SQLite and PostgreSQL.
@Suite struct OutboxQueueTests {
    let noon = Date(timeIntervalSince1970: 1_700_000_000)

    private struct Rollback: Error {}

    @Test func aClaimCountsTheAttemptAndHidesTheMessageUntilTheLeaseEnds() async throws {
        try await withTestDatabase { db in
            let first = try await OutboxMessage.insert(recipient: "a@city.eu", subject: "A", body: "1", now: noon, on: db.sql)
            let second = try await OutboxMessage.insert(recipient: "b@city.eu", subject: "B", body: "2", now: noon, on: db.sql)
            let lease = noon.addingTimeInterval(600)

            let claimed = try await OutboxMessage.claimDue(now: noon, leaseUntil: lease, limit: 1, on: db.sql)
            let claimedAgain = try await OutboxMessage.claimDue(now: noon.addingTimeInterval(10), leaseUntil: lease.addingTimeInterval(400),
                                                                limit: 5, on: db.sql)
            let afterLease = try await OutboxMessage.claimDue(now: noon.addingTimeInterval(601), leaseUntil: lease, limit: 5, on: db.sql)

            #expect(claimed.map(\.id) == [first])
            #expect(claimed.first?.attempts == 1)
            #expect(claimed.first?.nextAttemptAt == lease)
            #expect(claimedAgain.map(\.id) == [second], "the first is leased")
            #expect(afterLease.map(\.id) == [first], "a sender that died leaves the message due again")
            #expect(afterLease.first?.attempts == 2)
        }
    }

    @Test func sentFailedAndRetryingMessagesReadBackWithTheirState() async throws {
        try await withTestDatabase { db in
            let sent = try await OutboxMessage.insert(recipient: "a@city.eu", subject: "A", body: "1", now: noon, on: db.sql)
            let retrying = try await OutboxMessage.insert(recipient: "b@city.eu", subject: "B", body: "2", now: noon, on: db.sql)
            let failed = try await OutboxMessage.insert(recipient: "c@city.eu", subject: "C", body: "3", now: noon, on: db.sql)
            _ = try await OutboxMessage.claimDue(now: noon, leaseUntil: noon.addingTimeInterval(600), limit: 3, on: db.sql)
            let later = noon.addingTimeInterval(5)

            try await OutboxMessage.markSent(id: sent, now: later, on: db.sql)
            try await OutboxMessage.recordFailure(id: retrying, error: "RCPT TO: 451 try later", now: later,
                                                  retryAt: later.addingTimeInterval(60), on: db.sql)
            try await OutboxMessage.recordFailure(id: failed, error: "RCPT TO: 550 no such user", now: later,
                                                  retryAt: nil, on: db.sql)
            let due = try await OutboxMessage.claimDue(now: later.addingTimeInterval(61), leaseUntil: later.addingTimeInterval(700),
                                                       limit: 5, on: db.sql)

            #expect(try await OutboxMessage.fetchOne(id: sent, on: db.sql)?.deliveryState == .sent(later))
            #expect(try await OutboxMessage.fetchOne(id: failed, on: db.sql)?.deliveryState
                    == .failed(attempts: 1, error: "RCPT TO: 550 no such user"))
            #expect(due.map(\.id) == [retrying], "only the retrying message comes back, once its time has come")
            #expect(due.first?.attempts == 2)
            #expect(due.first?.lastError == "RCPT TO: 451 try later")
        }
    }

    @Test func aMessageWrittenInARolledBackTransactionIsNeverQueued() async throws {
        try await withTestDatabase { db in
            let noon = self.noon
            await #expect(throws: Rollback.self) {
                try await db.transaction { tx in
                    try await OutboxMessage.insert(recipient: "a@city.eu", subject: "A", body: "1", now: noon, on: tx)
                    throw Rollback()
                }
            }

            let due = try await OutboxMessage.claimDue(now: noon, leaseUntil: noon.addingTimeInterval(600), limit: 5, on: db.sql)

            #expect(due.isEmpty)
            #expect(try await OutboxMessage.fetchAll(on: db.sql).isEmpty)
        }
    }
}
