import Dispatch
import Foundation
import IngestSystem
import Synchronization

/// A few threads of the daemon's own that run parsing jobs, one per core.
///
/// Dispatch would be the obvious choice, but measured here it was not: `concurrentPerform`
/// called from a task of Swift's cooperative pool (or from a global-queue block) got one
/// worker thread, not one per core, so a burst was parsed on a single core. Threads made for
/// the purpose do not depend on how a pool counts its busy threads.
final class ParsingThreads: Sendable {
    private struct Queue {
        var jobs: [@Sendable () -> Void] = []
        var stopping = false
    }

    /// How many threads there are.
    let count: Int
    private let queue = Mutex(Queue())
    private let available = DispatchSemaphore(value: 0)

    init(count: Int) {
        self.count = max(1, count)
        for _ in 0..<self.count {
            let thread = Thread { [self] in
                // One name for all: the kernel keeps 15 bytes, too few for a number on every machine.
                Syscall.nameCurrentThread("ingestd-parse")
                work()
            }
            thread.start()
        }
    }

    /// Runs `job` on one of the threads, as soon as one is free.
    func submit(_ job: @escaping @Sendable () -> Void) {
        queue.withLock { $0.jobs.append(job) }
        available.signal()
    }

    /// Lets the threads end once the jobs already submitted are done.
    func stop() {
        queue.withLock { $0.stopping = true }
        for _ in 0..<count { available.signal() }
    }

    private func work() {
        while true {
            available.wait()
            let job: (@Sendable () -> Void)? = queue.withLock { queue in
                queue.jobs.isEmpty ? nil : queue.jobs.removeFirst()
            }
            if let job {
                job()
            } else if queue.withLock({ $0.stopping }) {
                return
            }
        }
    }
}
