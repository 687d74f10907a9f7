import Dispatch
import Foundation
import IngestCore
import IngestStore
import SimilarityIndex
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
        /// The article body's similarity probe (`nil` for no article).
        var probe: SimilarityProbe?
    }

    /// Cores used; a batch of one runs on the calling thread.
    static let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Examines `paths` (relative to `inbox`); the results come back in the same order.
    ///
    /// - Parameter similarity: the stored articles' fingerprints, to find near-duplicate
    ///   candidates in; `nil` when the check is off.
    static func run(
        _ paths: [String], inbox: String, ingestor: FileIngestor, similarity: NearDuplicateIndex?
    ) -> [Result] {
        @Sendable func examine(_ path: String) -> Result {
            let started = ContinuousClock.now
            let now = Date()
            var result = Result(
                examination: ingestor.examine(inbox + "/" + path, now: now), started: started, at: now)
            if case .article(let extracted) = result.examination {
                result.probe = SimilarityProbe(body: extracted.article.body, near: similarity)
            }
            return result
        }
        guard paths.count > 1, workers > 1 else { return paths.map(examine) }
        let next = Atomic<Int>(0)
        let results = Mutex<[Result?]>(Array(repeating: nil, count: paths.count))
        DispatchQueue.concurrentPerform(iterations: min(workers, paths.count)) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < paths.count else { break }
                let result = examine(paths[index])
                results.withLock { $0[index] = result }
            }
        }
        return results.withLock { $0.compactMap { $0 } }
    }
}
