import Foundation
import IngestCore
import IngestStore
import IngestSystem
import Logging
import SimilarityIndex
import SystemPackage

/// The daemon's working state and the one place files become records: queue, batch,
/// commit, dispose. Owned by the daemon's working thread (``IngestWorker``), so it needs no lock.
///
/// A batch is examined file by file, its new articles staged, then committed with one
/// `fsync`; only then are its inputs moved out of the inbox. A crash at any point leaves
/// every input either still in the inbox (to be ingested, or found a duplicate, on restart)
/// or stored durably. While a batch is committed and moved, the next one is already being
/// examined on the other cores.
final class IngestLoop {
    static let batchLimit = 256
    /// How many fingerprints may wait outside the store's index while snapshots of it are
    /// held (see ``processBatch(shouldStop:)``). Every file of a batch looks through the
    /// waiting ones one by one (a few nanoseconds each), while joining them to the index then
    /// copies the whole of it (about 50 bytes per article): past about one waiting per 128
    /// indexed, the copy is the cheaper, within a batch's worth and 4,096.
    static func recentFingerprintLimit(indexed: Int) -> Int {
        min(4096, max(batchLimit, indexed / 128))
    }

    private let store: ArticleStore
    private let disposer: InputDisposer
    private var ingestor: FileIngestor
    private let report: IngestReport
    private let inbox: String
    private var queue: [String] = []
    private var queueHead = 0
    /// Paths queued or being examined: a path is queued again only once its batch is done,
    /// so that two batches in flight never read the same file.
    private var queued: Set<String> = []
    /// The next batches, taken off the queue and being examined in the background, oldest
    /// first: two, so that the parsing threads go on to the second while this thread is
    /// still committing and moving the one before the first.
    private var pending: [ParallelExamination.Pending] = []
    static let pendingLimit = 2
    /// One per core, for parsing.
    private let threads = ParsingThreads(count: ProcessInfo.processInfo.activeProcessorCount)
    private var retries = RetrySchedule()
    /// See ``IngestSettings/nearDuplicateThreshold``.
    private var nearDuplicateThreshold: Double?
    private(set) var counters = Counters()

    /// Totals since start, for the status line.
    struct Counters {
        var ingested = 0
        var duplicates = 0
        var rejected = 0
        var last: Date?
    }

    init(
        store: ArticleStore, disposer: InputDisposer, ingestor: FileIngestor, report: IngestReport,
        nearDuplicateThreshold: Double?
    ) {
        self.nearDuplicateThreshold = nearDuplicateThreshold
        self.store = store
        self.disposer = disposer
        self.ingestor = ingestor
        self.report = report
        self.inbox = disposer.inbox
    }

    deinit {
        threads.stop()
    }

    /// Applies settings a reload may change.
    func update(maxFileSize: Int64, minBodyLength: Int, nearDuplicateThreshold: Double?) {
        ingestor.maxFileSize = maxFileSize
        ingestor.extractor.minimumBodyLength = minBodyLength
        self.nearDuplicateThreshold = nearDuplicateThreshold
    }

    var hasWork: Bool { queueHead < queue.count || !pending.isEmpty }

    var storedCount: Int { store.count }

    func enqueue(_ paths: [String]) {
        for path in paths where queued.insert(path).inserted {
            queue.append(path)
        }
    }

    /// Queues files whose retry wait is over.
    func enqueueDueRetries() {
        enqueue(retries.due(at: .now))
    }

    /// Ingests up to ``batchLimit`` queued files: reads and parses them on every core, then
    /// stages, commits and disposes of them in queue order on this thread, while the next
    /// batches are examined. Stops before the batch once `shouldStop` says so (the files not
    /// reached stay in the inbox).
    func processBatch(shouldStop: () -> Bool) {
        guard !shouldStop() else { return }
        let paths: [String]
        let examined: [ParallelExamination.Result]
        if pending.isEmpty {
            paths = takeBatch()
            examined = ParallelExamination.run(
                paths, inbox: inbox, ingestor: ingestor, similarity: similarity, threads: threads)
        } else {
            let next = pending.removeFirst()
            paths = next.paths
            examined = next.wait()
        }
        for path in paths { queued.remove(path) }
        // The last batches' fingerprints join the index once no other thread holds a copy of
        // it, or once so many wait that looking through them costs more than copying it.
        if pending.isEmpty
            || store.recentFingerprintCount >= Self.recentFingerprintLimit(indexed: store.similarityIndex.count)
        {
            store.indexRecentFingerprints()
        }
        while pending.count < Self.pendingLimit && queueHead < queue.count {
            pending.append(
                ParallelExamination.start(
                    takeBatch(), inbox: inbox, ingestor: ingestor, similarity: similarity, threads: threads))
        }
        var accepted:
            [(
                path: String, hash: ContentHash, record: ArticleRecord?, title: String?,
                started: ContinuousClock.Instant
            )] = []
        for (path, result) in zip(paths, examined) {
            switch result.examination {
            case .vanished:
                retries.forget(path)
            case .failed(let error):
                deferred(path, error)
            case .rejected(let rejection):
                reject(path, rejection, started: result.started)
            case .article(let extracted):
                guard var record = result.record else { continue }
                var line = result.line
                if let probe = result.probe {
                    record.nearDuplicate = store.nearestDuplicate(
                        of: probe, for: record.hash, minimumSimilarity: nearDuplicateThreshold)
                    if record.nearDuplicate != nil { line = nil }
                }
                let isNew = store.stage(record, probe: result.probe, line: line)
                accepted.append((path, extracted.hash, isNew ? record : nil, extracted.article.title, result.started))
            }
        }
        compactQueue()
        guard !accepted.isEmpty else { return }
        do {
            try store.commitWithoutIndexFile()
        } catch {
            for item in accepted { deferred(item.path, error) }
            return
        }
        for item in accepted {
            do {
                _ = try disposer.moveToProcessed(item.path)
            } catch {
                // Stored, but still in the inbox: the next try finds it a duplicate and moves it.
                deferred(item.path, error)
            }
            let elapsed = microseconds(since: item.started)
            if let record = item.record {
                counters.ingested += 1
                report.ingested(record, path: item.path, microseconds: elapsed)
            } else {
                counters.duplicates += 1
                report.duplicate(item.hash, title: item.title, path: item.path, microseconds: elapsed)
            }
            retries.forget(item.path)
        }
        counters.last = Date()
        // Only now: the index file only speeds up restarts, and moving the inputs tells
        // whoever dropped them that they are stored.
        store.updateIndexFile()
        if let problem = store.takeIndexFileProblem() {
            report.indexFileProblem(problem)
        }
    }

    /// Takes up to ``batchLimit`` files off the queue.
    private func takeBatch() -> [String] {
        let paths = Array(queue[queueHead..<min(queue.count, queueHead + Self.batchLimit)])
        queueHead += paths.count
        return paths
    }

    /// A snapshot of the committed articles for the parsing threads (`nil` when the check is off).
    private var similarity: StoredSimilarity? {
        nearDuplicateThreshold == nil ? nil : store.similaritySnapshot
    }

    private func reject(_ path: String, _ rejection: Rejection, started: ContinuousClock.Instant) {
        do {
            let destination = try disposer.reject(path, because: rejection, at: Date())
            counters.rejected += 1
            counters.last = Date()
            retries.forget(path)
            report.rejected(rejection, path: path, movedTo: destination, microseconds: microseconds(since: started))
        } catch  where error.errno == .noSuchFileOrDirectory {
            retries.forget(path)
        } catch {
            deferred(path, error)
        }
    }

    private func deferred(_ path: String, _ error: any Error) {
        let wait = retries.failed(path, now: .now)
        report.deferred(path, error: error, retryIn: wait)
    }

    private func compactQueue() {
        if queueHead == queue.count {
            queue.removeAll(keepingCapacity: true)
            queueHead = 0
        } else if queueHead > 4096 {
            queue.removeFirst(queueHead)
            queueHead = 0
        }
    }

    private func microseconds(since start: ContinuousClock.Instant) -> Int64 {
        let elapsed = ContinuousClock.now - start
        return elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
    }
}
