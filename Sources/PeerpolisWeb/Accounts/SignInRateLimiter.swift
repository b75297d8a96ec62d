import Foundation

/// A small in-memory limit on sign-in attempts per address, against one machine trying many accounts.
/// Per instance by design: the per-account lockout (stored on the user) is the limit that holds across
/// instances; this one only blunts a flood.
actor SignInRateLimiter {
    let limit: Int
    let window: TimeInterval
    private var attempts: [String: [Date]] = [:]

    init(limit: Int = 30, window: TimeInterval = 15 * 60) {
        self.limit = limit
        self.window = window
    }

    /// Records an attempt from `address` and says whether it may go ahead.
    func allow(_ address: String, now: Date) -> Bool {
        if limit == 0 { return true }
        let recent = (attempts[address] ?? []).filter { now.timeIntervalSince($0) < window }
        guard recent.count < limit else {
            attempts[address] = recent
            return false
        }
        attempts[address] = recent + [now]
        // Forget idle addresses now and then so the table cannot grow without bound.
        if attempts.count > 10_000 { attempts = attempts.filter { !$0.value.isEmpty && now.timeIntervalSince($0.value.last!) < window } }
        return true
    }
}
