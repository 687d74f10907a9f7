import Dispatch
import Foundation
import IngestCore
import Synchronization

/// Reads and parses a batch of files on every core at once: parsing is where an ingest
/// spends its CPU, and files are independent until they reach the store.
enum ParallelExamination {
    /// One file's outcome, with when its work began (for the reported time per file) and the
    /// moment it was read (its `ingested_at`).
    struct Result: Sendable {
        var examination: FileIngestor.Examination
        var started: ContinuousClock.Instant
        var at: Date
    }

    /// Cores used; a batch of one runs on the calling thread.
    static let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Examines `paths` (relative to `inbox`); the results come back in the same order.
    static func run(_ paths: [String], inbox: String, ingestor: FileIngestor) -> [Result] {
        @Sendable func examine(_ path: String) -> Result {
            let started = ContinuousClock.now
            let now = Date()
            return Result(examination: ingestor.examine(inbox + "/" + path, now: now), started: started, at: now)
        }
        guard paths.count > 1, workers > 1 else { return paths.map(examine) }
        let next = Atomic<Int>(0)
        let results = Mutex<[Int: Result]>([:])
        DispatchQueue.concurrentPerform(iterations: min(workers, paths.count)) { _ in
            var mine: [(Int, Result)] = []
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < paths.count else { break }
                mine.append((index, examine(paths[index])))
            }
            results.withLock { all in
                for (index, result) in mine { all[index] = result }
            }
        }
        return results.withLock { all in paths.indices.compactMap { all[$0] } }
    }
}
