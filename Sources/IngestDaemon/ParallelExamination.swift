import Dispatch
import Foundation
import InboxWatcher
import IngestCore
import IngestStore
import SimilarityIndex
import Synchronization

/// Reads and parses a batch of files on every core at once: parsing is where an ingest
/// spends its CPU, and files are independent until they reach the store.
enum ParallelExamination {
    /// One file's outcome, with when its work began (for the reported time per file).
    struct Result: Sendable {
        var examination: FileIngestor.Examination
        var started: ContinuousClock.Instant
        /// For an article: its record, `ingested_at` the moment it was read, not yet compared
        /// with the batch's other articles (near-duplicates among them are found when staging).
        var record: ArticleRecord?
        /// The record's JSON line as it stands, encoded here to spare the store's thread.
        var line: [UInt8]?
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
            var result = Result(examination: ingestor.examine(inbox + "/" + path, now: now), started: started)
            if case .article(let extracted) = result.examination {
                let (folder, source) = InboxNames.split(path)
                let record = ArticleRecord(
                    hash: extracted.hash, source: source, folder: folder, article: extracted.article,
                    ingestedAt: Timestamp.rfc3339(now))
                result.record = record
                result.line = record.jsonLine()
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
