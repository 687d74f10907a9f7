import Synchronization

/// Keeps daemons from starting while a test has lowered `fs.inotify.max_queued_events`.
///
/// The kernel reads that limit when a process calls `inotify_init`, so a daemon started in
/// the window would get the tiny queue too. Starting a daemon holds the gate shared; the
/// overflow test holds it exclusively while the limit is lowered. A readers-writer lock whose
/// waiters sleep on continuations, never on a thread.
final class InotifyLimitGate: Sendable {
    /// The one gate for the whole test run.
    static let shared = InotifyLimitGate()

    private struct State {
        var sharedHolders = 0
        var exclusive = false
        var waitingShared: [CheckedContinuation<Void, Never>] = []
        var waitingExclusive: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    /// Waits until no one holds the gate exclusively (nor waits to), then holds it shared.
    func acquireShared() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let admitted = state.withLock { state in
                if !state.exclusive && state.waitingExclusive.isEmpty {
                    state.sharedHolders += 1
                    return true
                }
                state.waitingShared.append(continuation)
                return false
            }
            if admitted { continuation.resume() }
        }
    }

    func releaseShared() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            state.sharedHolders -= 1
            guard state.sharedHolders == 0, !state.waitingExclusive.isEmpty else { return nil }
            state.exclusive = true
            return state.waitingExclusive.removeFirst()
        }
        next?.resume()
    }

    /// Waits until no one holds the gate, then holds it alone.
    func acquireExclusive() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let admitted = state.withLock { state in
                if !state.exclusive && state.sharedHolders == 0 {
                    state.exclusive = true
                    return true
                }
                state.waitingExclusive.append(continuation)
                return false
            }
            if admitted { continuation.resume() }
        }
    }

    func releaseExclusive() {
        let (nextExclusive, nextShared) = state.withLock {
            state -> (CheckedContinuation<Void, Never>?, [CheckedContinuation<Void, Never>]) in
            if !state.waitingExclusive.isEmpty { return (state.waitingExclusive.removeFirst(), []) }
            state.exclusive = false
            let admitted = state.waitingShared
            state.waitingShared.removeAll()
            state.sharedHolders += admitted.count
            return (nil, admitted)
        }
        nextExclusive?.resume()
        nextShared.forEach { $0.resume() }
    }
}
