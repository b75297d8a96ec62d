import Foundation
import PeerpolisDomain

/// Tells today's date. Injected so tests can fix "today" and statuses stay deterministic.
public struct Clock: Sendable {
    public var today: @Sendable () -> Day

    public init(today: @escaping @Sendable () -> Day) {
        self.today = today
    }

    /// Today in UTC, from the system clock.
    public static let system = Clock {
        Day(daysSince1970: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    public static func fixed(_ day: Day) -> Clock { Clock { day } }
}
