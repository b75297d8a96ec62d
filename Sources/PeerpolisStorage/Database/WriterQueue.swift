/// Lets one SQLite transaction of this process run at a time, in arrival order.
///
/// SQLite admits one writer per file. Without this queue, every transaction beyond the first waits inside
/// `BEGIN IMMEDIATE`, in SQLite's busy handler, on a thread of NIO's blocking pool, which has one thread per
/// core; once those threads all wait, the transaction holding the lock cannot run its next statement, and
/// everything stalls until the busy timeout (50 simultaneous event registrations did, on 2 cores). Waiting
/// here instead costs no thread. Other processes (the command line) still meet the busy timeout.
actor WriterQueue {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await enter()
        do {
            let result = try await body()
            leave()
            return result
        } catch {
            leave()
            throw error
        }
    }

    private func enter() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if waiting.isEmpty {
            busy = false
        } else {
            // The turn passes straight to the next in line, which finds `busy` still set for it.
            waiting.removeFirst().resume()
        }
    }
}
