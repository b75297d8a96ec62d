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
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)!
    }

    public static func fixed(_ day: Day) -> Clock { Clock { day } }
}
