import Hummingbird
import Synchronization

/// Tells the sender that a write may have queued mail, so a reset link leaves at once rather than at the next
/// poll. A signal with nobody waiting is kept until the next wait; several signals make one wake-up.
final class OutboxWakeup: Sendable {
    private struct State {
        var signalled = false
        var waiter: CheckedContinuation<Void, Never>?
    }

    private let state = Mutex(State())

    init() {}

    func signal() {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard let waiter = state.waiter else {
                state.signalled = true
                return nil
            }
            state.waiter = nil
            return waiter
        }
        waiter?.resume()
    }

    /// Returns after `timeout`, or sooner when signalled (also by a signal that came before the wait).
    func wait(upTo timeout: Duration) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await Task.sleep(for: timeout) }
            group.addTask { await self.nextSignal() }
            await group.next()
            group.cancelAll()
        }
    }

    private func nextSignal() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                // Under the lock, so a cancellation either sees the waiter or happened before it was stored.
                let now = state.withLock { state -> Bool in
                    if state.signalled || Task.isCancelled {
                        state.signalled = false
                        return true
                    }
                    state.waiter = continuation
                    return false
                }
                if now { continuation.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume()
        }
    }
}

/// Wakes the sender after every request that may have written (anything but GET and HEAD). Handlers commit
/// before they return, so the message is visible by then; no handler needs to know about mail.
struct OutboxWakeupResponder<Wrapped: HTTPResponder>: HTTPResponder {
    typealias Context = Wrapped.Context
    let wrapped: Wrapped
    let wakeup: OutboxWakeup

    func respond(to request: Request, context: Context) async throws -> Response {
        let response = try await wrapped.respond(to: request, context: context)
        if request.method != .get, request.method != .head { wakeup.signal() }
        return response
    }
}
