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
/// A batch can also be examined in the background
/// (``start(_:inbox:ingestor:similarity:threads:)``) while the loop commits and moves the
/// batch before it, so that the cores keep parsing during the store's `fsync`, renames and
/// journal entries.
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

        fileprivate init(paths: [String]) {
            self.paths = paths
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

    /// The files of one batch, handed out one at a time to whichever thread asks next.
    private final class Batch: Sendable {
        let paths: [String]
        let inbox: String
        let ingestor: FileIngestor
        /// The snapshot of the committed articles to look candidates up in and compare with,
        /// until let go.
        private let similarity: Mutex<StoredSimilarity?>
        private let next = Atomic<Int>(0)
        private let results: Mutex<[Result?]>
        /// Threads still examining.
        private let working: Atomic<Int>

        init(paths: [String], inbox: String, ingestor: FileIngestor, similarity: StoredSimilarity?, threads: Int) {
            self.paths = paths
            self.inbox = inbox
            self.ingestor = ingestor
            self.similarity = Mutex(similarity)
            results = Mutex(Array(repeating: nil, count: paths.count))
            working = Atomic(threads)
        }

        /// Examines files until none is left; returns `true` on the thread that finished last.
        func work() -> Bool {
            do {
                let stored = similarity.withLock { $0 }
                while true {
                    let number = next.add(1, ordering: .relaxed).oldValue
                    guard number < paths.count else { break }
                    let result = ParallelExamination.examine(
                        paths[number], inbox: inbox, ingestor: ingestor, similarity: stored)
                    results.withLock { $0[number] = result }
                }
            }
            guard working.subtract(1, ordering: .acquiringAndReleasing).newValue == 0 else { return false }
            // Nobody holds a snapshot any more once this returns: the store may grow its own arrays.
            similarity.withLock { $0 = nil }
            return true
        }

        var collected: [Result] { results.withLock { $0.compactMap { $0 } } }
    }

    /// Examines `paths` (relative to `inbox`) on the calling thread and `threads`; the
    /// results come back in the same order.
    ///
    /// - Parameter similarity: the committed articles, to find near-duplicate candidates in
    ///   and compare them with; `nil` when the check is off.
    static func run(
        _ paths: [String], inbox: String, ingestor: FileIngestor, similarity: StoredSimilarity?,
        threads: ParsingThreads
    ) -> [Result] {
        guard paths.count > 1, threads.count > 1 else {
            return paths.map { examine($0, inbox: inbox, ingestor: ingestor, similarity: similarity) }
        }
        let helpers = min(threads.count, paths.count) - 1
        let batch = Batch(
            paths: paths, inbox: inbox, ingestor: ingestor, similarity: similarity, threads: helpers + 1)
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<helpers {
            threads.submit {
                if batch.work() { done.signal() }
            }
        }
        if batch.work() { done.signal() }
        done.wait()
        return batch.collected
    }

    /// Starts examining `paths` on `threads` and returns at once. The snapshot of the committed
    /// articles is let go before the results are handed over, so that the store can then add
    /// to its own arrays without copying them whole.
    static func start(
        _ paths: [String], inbox: String, ingestor: FileIngestor, similarity: StoredSimilarity?,
        threads: ParsingThreads
    ) -> Pending {
        let pending = Pending(paths: paths)
        let workers = min(threads.count, paths.count)
        let batch = Batch(paths: paths, inbox: inbox, ingestor: ingestor, similarity: similarity, threads: workers)
        for _ in 0..<workers {
            threads.submit {
                if batch.work() { pending.finish(batch.collected) }
            }
        }
        return pending
    }

    private static func examine(
        _ path: String, inbox: String, ingestor: FileIngestor, similarity: StoredSimilarity?
    ) -> Result {
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
}
