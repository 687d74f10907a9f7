import Foundation
import InboxWatcher
import IngestCore
import IngestStore
import IngestSystem
import Logging
import ServiceLifecycle
import UnixSignals

/// The ingest daemon as a swift-service-lifecycle `Service`: opens the store, watches the
/// inbox, and ingests every file that arrives until asked to stop.
///
/// SIGTERM and SIGINT (through the service group) finish the file in hand, commit and
/// return; SIGHUP re-reads the settings. The service manager hears READY=1 only once the
/// store is indexed and the inbox watched.
public struct IngestService: Service {
    private let settings: IngestSettings
    private let reloadSettings: @Sendable () throws -> IngestSettings
    private let logger: Logger
    private let notifier: any ServiceManagerNotifier
    private let onLogLevelChange: @Sendable (Logger.Level) -> Void

    /// - Parameters:
    ///   - reloadSettings: resolves the settings again (on SIGHUP).
    ///   - onLogLevelChange: applies a reloaded `log-level` to the process's loggers.
    public init(
        settings: IngestSettings, reloadSettings: @escaping @Sendable () throws -> IngestSettings,
        logger: Logger, notifier: any ServiceManagerNotifier,
        onLogLevelChange: @escaping @Sendable (Logger.Level) -> Void = { _ in }
    ) {
        self.settings = settings
        self.reloadSettings = reloadSettings
        self.logger = logger
        self.notifier = notifier
        self.onLogLevelChange = onLogLevelChange
    }

    public func run() async throws {
        let started = ContinuousClock.now
        // Made first: a stop asked for while the store is opened reaches the working thread too.
        let requests = try WorkerRequests()
        let store: ArticleStore
        do {
            store = try await openStore(stopping: requests)
        } catch let error as StoreError {
            guard case .openStopped = error else { throw error }
            notifier.stopping()
            logger.notice("\(error)")
            return
        }
        reportOpen(store)
        let watch = try InboxWatch(
            root: settings.inbox,
            options: .init(
                rescanInterval: settings.rescanInterval, pollInterval: settings.pollInterval,
                settleTime: settings.settleTime),
            logger: logger)
        let loop = IngestLoop(
            store: store,
            disposer: InputDisposer(inbox: settings.inbox, processed: settings.processed, rejected: settings.rejected),
            ingestor: FileIngestor(
                extractor: ArticleExtractor(minimumBodyLength: settings.minBodyLength),
                maxFileSize: settings.maxFileSize),
            report: IngestReport(logger: logger), nearDuplicateThreshold: settings.nearDuplicateThreshold)
        let status = StatusLine(inbox: settings.inbox, notifier: notifier)
        notifier.ready(status: status.text(loop))
        let elapsed = (ContinuousClock.now - started).formatted(.units(allowed: [.milliseconds]))
        logger.notice(
            "started: watching \(settings.inbox), \(store.count.formatted) articles in \(settings.store), ready in \(elapsed)",
            metadata: [
                "message_id": "\(MessageID.started)", "ingest_inbox": "\(settings.inbox)",
                "ingest_store": "\(settings.store)", "stored_articles": "\(store.count)",
            ])

        let worker = IngestWorker(
            watch: watch, loop: loop, status: status, requests: requests, settings: settings,
            reloadSettings: reloadSettings, onLogLevelChange: onLogLevelChange, notifier: notifier, logger: logger)
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await _ in await UnixSignalsSequence(trapping: .sighup) { requests.post(.reload) }
            }
            await withGracefulShutdownHandler {
                await worker.run()
            } onGracefulShutdown: {
                requests.post(.shutdown)
            }
            group.cancelAll()
        }
        notifier.stopping()
        let counters = worker.loop.counters
        logger.notice(
            "stopping: \(counters.ingested) ingested, \(counters.duplicates) duplicates, \(counters.rejected) rejected since start; store is durable",
            metadata: ["message_id": "\(MessageID.stopping)"])
    }

    /// Opens the store on a thread of its own: a long read (no index file) then holds no thread of
    /// Swift's pool, and a stop asked for meanwhile (SIGTERM) ends the read at once instead of
    /// after it (a read of 8 MiB or more; a shorter one is over in moments). The stop is posted
    /// to `requests`, where the working thread finds it should it come after the read.
    private func openStore(stopping requests: WorkerRequests) async throws -> ArticleStore {
        let (settings, notifier, logger) = (settings, notifier, logger)
        return try await withGracefulShutdownHandler {
            try await withCheckedThrowingContinuation { (opened: CheckedContinuation<ArticleStore, any Error>) in
                let thread = Thread {
                    Syscall.nameCurrentThread("ingestd-open")
                    var reading = StoreReadingReports()
                    do {
                        let store = try ArticleStore(
                            path: settings.store,
                            progress: { progress in
                                let status = Self.readingStatus(progress, store: settings.store)
                                switch reading.next(progress) {
                                case .extend: notifier.extendTimeout(by: Self.startExtension, status: status)
                                case .statusOnly: notifier.status(status)
                                }
                                if reading.shouldAnnounce { logger.notice("\(status); the start waits for it") }
                            },
                            shouldStop: { requests.isStopping })
                        opened.resume(returning: store)
                    } catch {
                        opened.resume(throwing: error)
                    }
                }
                thread.start()
            }
        } onGracefulShutdown: {
            requests.post(.shutdown)
        }
    }

    /// How much longer the service manager is asked to wait at each progress report, which come
    /// about once a second: room for a machine too busy to report on time.
    static let startExtension: Duration = .seconds(10)

    /// The status line while the store is read at start: `reading all of /var/lib/ingestd/
    /// articles.jsonl to index it, because there is no index file: 1,204 of 4,365 MiB (27%)`.
    static func readingStatus(_ progress: StoreReadProgress, store: String) -> String {
        let what =
            progress.fullReadReason.map { "reading all of \(store) to index it, because \($0)" }
            ?? "reading the lines of \(store) written after its index file"
        let read = Int(progress.bytesRead >> 20).formatted
        let total = Int(progress.bytesToRead >> 20).formatted
        return "\(what): \(read) of \(total) MiB (\(progress.percent)%)"
    }

    private func reportOpen(_ store: ArticleStore) {
        let report = store.openReport
        switch report.indexSource {
        case .indexFile(let covered, let scanned):
            logger.info(
                "store index: \(covered.formatted) articles from \(store.path).index, \(scanned.formatted) read from the store's newer lines"
            )
        case .scan(let reason):
            logger.notice(
                "store index: read all \(report.articles.formatted) articles from \(store.path), because \(reason); wrote \(store.path).index so the next start is quick"
            )
        }
        if let problem = store.takeIndexFileProblem() { IngestReport(logger: logger).indexFileProblem(problem) }
        if let torn = report.tornTail {
            logger.warning(
                "store \(store.path) ended in a torn line (\(torn.bytes) bytes, from a crash mid-write): cut it off and kept its bytes in \(torn.savedTo); every complete line is intact",
                metadata: [
                    "message_id": "\(MessageID.storeRepaired)", "torn_bytes": "\(torn.bytes)",
                    "torn_saved_to": "\(torn.savedTo)",
                ])
        }
        if report.malformedCount > 0 {
            let lines = report.malformedLines.map(String.init).joined(separator: ", ")
            logger.warning(
                "store \(store.path) has \(report.malformedCount) malformed lines (lines \(lines)\(report.malformedCount > report.malformedLines.count ? ", …" : "")): kept as they are and skipped; check them by hand",
                metadata: ["message_id": "\(MessageID.storeRepaired)", "malformed_lines": "\(report.malformedCount)"])
        }
    }
}
