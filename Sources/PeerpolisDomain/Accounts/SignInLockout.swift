import Foundation

/// The rule that stops password guessing against one account: after `limit` failures within `window`,
/// the account is locked for `lockDuration`, whatever password is tried.
public struct SignInLockout: Sendable, Equatable {
    public var limit = 5
    public var window: TimeInterval = 15 * 60
    public var lockDuration: TimeInterval = 15 * 60

    public init() {}

    /// The counters after one more failure at `now`: a failure outside the window starts a new count,
    /// and the failure that reaches the limit locks the account and clears the count.
    public func afterFailure(count: Int, since: Date?, now: Date)
        -> (count: Int, since: Date?, lockedUntil: Date?) {
        let inWindow = since.map { now.timeIntervalSince($0) < window } ?? false
        let newCount = inWindow ? count + 1 : 1
        let start = inWindow ? since : now
        if newCount >= limit {
            return (0, nil, now.addingTimeInterval(lockDuration))
        }
        return (newCount, start, nil)
    }
}
