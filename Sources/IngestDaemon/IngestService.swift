import Foundation
import InboxWatcher
import IngestCore
import IngestStore
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
        let store = try ArticleStore(path: settings.store)
        reportOpen(store)
        let (inputs, continuation) = AsyncStream<DaemonInput>.makeStream()
        let mailbox = InboxMailbox()
        let watcher = try InboxWatcher(
            root: settings.inbox,
            options: .init(
                rescanInterval: settings.rescanInterval, pollInterval: settings.pollInterval,
                settleTime: settings.settleTime),
            logger: logger,
            sink: { if mailbox.post($0) { continuation.yield(.inbox) } })
        defer { watcher.stop() }

        let loop = IngestLoop(
            store: store,
            disposer: InputDisposer(inbox: settings.inbox, processed: settings.processed, rejected: settings.rejected),
            ingestor: FileIngestor(
                extractor: ArticleExtractor(minimumBodyLength: settings.minBodyLength),
                maxFileSize: settings.maxFileSize),
            report: IngestReport(logger: logger), nearDuplicateThreshold: settings.nearDuplicateThreshold)
        var status = StatusLine(inbox: settings.inbox, notifier: notifier)
        notifier.ready(status: status.text(loop))
        let elapsed = (ContinuousClock.now - started).formatted(.units(allowed: [.milliseconds]))
        logger.notice(
            "started: watching \(settings.inbox), \(store.count.formatted) articles in \(settings.store), ready in \(elapsed)",
            metadata: [
                "message_id": "\(MessageID.started)", "ingest_inbox": "\(settings.inbox)",
                "ingest_store": "\(settings.store)", "stored_articles": "\(store.count)",
            ])

        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await _ in await UnixSignalsSequence(trapping: .sighup) { continuation.yield(.reload) }
            }
            group.addTask {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(1))
                    continuation.yield(.tick)
                }
            }
            await withGracefulShutdownHandler {
                var current = settings
                for await input in inputs {
                    switch input {
                    case .shutdown:
                        return
                    case .inbox:
                        for event in mailbox.takeAll() { handle(event, loop) }
                    case .reload:
                        current = reload(from: current, loop, status: &status)
                    case .tick:
                        loop.enqueueDueRetries()
                    }
                    while loop.hasWork && !Task.isShuttingDownGracefully {
                        loop.processBatch { Task.isShuttingDownGracefully }
                        status.update(loop)
                        // Files that arrived meanwhile join the queue now, so batches stay full.
                        for event in mailbox.takeAll() { handle(event, loop) }
                    }
                    status.update(loop)
                    if Task.isShuttingDownGracefully { return }
                }
            } onGracefulShutdown: {
                continuation.yield(.shutdown)
            }
            group.cancelAll()
        }
        notifier.stopping()
        logger.notice(
            "stopping: \(loop.counters.ingested) ingested, \(loop.counters.duplicates) duplicates, \(loop.counters.rejected) rejected since start; store is durable",
            metadata: ["message_id": "\(MessageID.stopping)"])
    }

    private func handle(_ event: InboxEvent, _ loop: IngestLoop) {
        switch event {
        case .ready(let paths):
            loop.enqueue(paths)
        case .rescanned(let reason, let found):
            switch reason {
            case .overflow:
                logger.warning(
                    "the inotify queue overflowed: rescanned the inbox and found \(found) files to ingest",
                    metadata: ["message_id": "\(MessageID.overflowRescan)", "rescan_found": "\(found)"])
            case .startup where found > 0:
                logger.info("catch-up scan: \(found) files were waiting in the inbox")
            default:
                logger.debug("rescanned the inbox (\(reason.rawValue)): \(found) files")
            }
        case .inboxLost(let path):
            logger.error(
                "the inbox \(path) was deleted or moved away; recreating it and watching again",
                metadata: ["message_id": "\(MessageID.inboxLost)"])
        case .inboxRestored(let path):
            logger.notice("the inbox \(path) exists again and is watched")
        }
    }

    private func reload(from current: IngestSettings, _ loop: IngestLoop, status: inout StatusLine) -> IngestSettings {
        notifier.reloading()
        defer { notifier.ready(status: status.text(loop)) }
        let fresh: IngestSettings
        do {
            fresh = try reloadSettings()
        } catch {
            logger.error("reload failed, keeping the running settings: \(error)")
            return current
        }
        for key in current.restartOnlyChanges(to: fresh) {
            logger.warning("reload: \(key.rawValue) changed, but changing it needs a restart; keeping the old value")
        }
        loop.update(
            maxFileSize: fresh.maxFileSize, minBodyLength: fresh.minBodyLength,
            nearDuplicateThreshold: fresh.nearDuplicateThreshold)
        if let level = Logger.Level(rawValue: fresh.logLevel) { onLogLevelChange(level) }
        var applied = current
        applied.maxFileSize = fresh.maxFileSize
        applied.minBodyLength = fresh.minBodyLength
        applied.logLevel = fresh.logLevel
        applied.nearDuplicateThreshold = fresh.nearDuplicateThreshold
        logger.notice(
            "reloaded settings: max-file-size \(applied.maxFileSize), min-body-length \(applied.minBodyLength), log-level \(applied.logLevel), near-duplicate-threshold \(applied.value(of: .nearDuplicateThreshold))"
        )
        return applied
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
