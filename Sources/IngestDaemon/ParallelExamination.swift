import Dispatch
import Foundation
import InboxWatcher
import IngestCore
import IngestStore
import SimilarityIndex
import Synchronization

/// Reads and parses a batch of files on every core at once: parsing is where an ingest
/// spends its CPU, and files are independent until they reach the store.
///
/// A batch can also be examined in the background (``start(_:inbox:ingestor:similarity:)``)
/// while the loop commits and moves the batch before it, so that the cores keep parsing
/// during the store's `fsync`, renames and journal entries.
enum ParallelExamination {
    /// One file's outcome, with when its work began (for the reported time per file).
    struct Result: Sendable {
        var examination: FileIngestor.Examination
        var started: ContinuousClock.Instant
        /// For an article: its record, `ingested_at` the moment it was read, not yet compared
        /// with the stored articles (near-duplicates are found when staging).
        var record: ArticleRecord?
        /// The record's JSON line as it stands, encoded here to spare the store's thread.
        var line: [UInt8]?
        /// The article body's similarity probe (`nil` for no article).
        var probe: SimilarityProbe?
    }

    /// A batch being examined in the background.
    final class Pending: Sendable {
        let paths: [String]
        private let finished = DispatchSemaphore(value: 0)
        private let results = Mutex<[Result]>([])
        /// The index copy to look candidates up in, until the examination takes it.
        private let similarity: Mutex<NearDuplicateIndex?>

        fileprivate init(paths: [String], similarity: NearDuplicateIndex?) {
            self.paths = paths
            self.similarity = Mutex(similarity)
        }

        fileprivate func takeSimilarity() -> NearDuplicateIndex? {
            similarity.withLock { taken in
                defer { taken = nil }
                return taken
            }
        }

        fileprivate func finish(_ results: [Result]) {
            self.results.withLock { $0 = results }
            finished.signal()
        }

        /// The results, in the order of ``paths``, once every file is examined.
        func wait() -> [Result] {
            finished.wait()
            finished.signal()
            return results.withLock { $0 }
        }
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

    /// Starts examining `paths` on other threads and returns at once. The copy of the index
    /// is let go before the results are handed over, so that the store can then add to its
    /// own without copying it whole.
    static func start(
        _ paths: [String], inbox: String, ingestor: FileIngestor, similarity: NearDuplicateIndex?
    ) -> Pending {
        let pending = Pending(paths: paths, similarity: similarity)
        DispatchQueue.global().async {
            let results = run(paths, inbox: inbox, ingestor: ingestor, similarity: pending.takeSimilarity())
            pending.finish(results)
        }
        return pending
    }
}
