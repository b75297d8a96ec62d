import Foundation
import PeerpolisDomain

/// Tells today's date. Injected so tests can fix "today" and statuses stay deterministic.
public struct Clock: Sendable {
    public var today: @Sendable () -> Day
    /// The current instant, for sessions, lockouts and reset links.
    public var now: @Sendable () -> Date

    /// A clock whose instant follows `now`, and whose day is the day of that instant in UTC.
    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
        self.today = { Day(daysSince1970: Int((now().timeIntervalSince1970 / 86_400).rounded(.down))) }
    }

    public init(today: @escaping @Sendable () -> Day, now: @escaping @Sendable () -> Date = { Date() }) {
        self.today = today
        self.now = now
    }

    /// The system clock, in UTC.
    public static let system = Clock(now: { Date() })

    /// A fixed day; the instant keeps running so sessions made in a test do not expire at once.
    public static func fixed(_ day: Day) -> Clock { Clock(today: { day }) }
}
