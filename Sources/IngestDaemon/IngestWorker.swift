import Foundation
import InboxWatcher
import IngestSystem
import Logging

/// The daemon's working thread: it waits on the inbox's inotify queue and ingests on the same
/// thread, so that a file dropped into an idle inbox is read by the thread that heard of it.
///
/// Handing each event to the service's task instead cost a thread wake-up and a task switch,
/// about 0.15 ms of every idle drop's 1 ms. The service's task keeps what is asynchronous:
/// signals and the graceful shutdown, passed here as ``WorkerRequests``.
///
/// `@unchecked Sendable` only so that it can be handed to its thread once, at start: from
/// then on, that thread alone touches the watch, the loop and the status line, and the task
/// reads the loop's counters only once the thread has finished.
final class IngestWorker: @unchecked Sendable {
    /// The longest the thread waits with nothing happening: due retries and the watchdog's
    /// keep-alive are looked at at least this often.
    static let idleWakeMilliseconds: Int32 = 1000

    let loop: IngestLoop
    private let watch: InboxWatch
    private let requests: WorkerRequests
    private var status: StatusLine
    private var settings: IngestSettings
    private let reloadSettings: @Sendable () throws -> IngestSettings
    private let onLogLevelChange: @Sendable (Logger.Level) -> Void
    private let notifier: any ServiceManagerNotifier
    private let logger: Logger

    init(
        watch: InboxWatch, loop: IngestLoop, status: StatusLine, requests: WorkerRequests,
        settings: IngestSettings, reloadSettings: @escaping @Sendable () throws -> IngestSettings,
        onLogLevelChange: @escaping @Sendable (Logger.Level) -> Void, notifier: any ServiceManagerNotifier,
        logger: Logger
    ) {
        self.watch = watch
        self.loop = loop
        self.status = status
        self.requests = requests
        self.settings = settings
        self.reloadSettings = reloadSettings
        self.onLogLevelChange = onLogLevelChange
        self.notifier = notifier
        self.logger = logger
    }

    /// Runs the thread until a shutdown is requested, and returns once it has finished.
    func run() async {
        await withCheckedContinuation { (finished: CheckedContinuation<Void, Never>) in
            let thread = Thread {
                Syscall.nameCurrentThread("ingestd-ingest")
                self.work()
                finished.resume()
            }
            thread.start()
        }
    }

    /// One batch per turn: it waits only when nothing is queued, and between batches takes the
    /// files that arrived meanwhile, so that batches stay full during a burst.
    private func work() {
        handle(watch.start())
        while !requests.isStopping {
            let ready = watch.wait(alsoFor: requests.descriptor, atMost: loop.hasWork ? 0 : Self.idleWakeMilliseconds)
            if ready.other {
                for request in requests.take() where request == .reload { reload() }
            }
            handle(watch.step(readable: ready.inbox))
            loop.enqueueDueRetries()
            if loop.hasWork { loop.processBatch { requests.isStopping } }
            status.update(loop)
        }
    }

    private func handle(_ events: [InboxEvent]) {
        for event in events {
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
    }

    /// Re-reads the settings and applies those a reload may change.
    private func reload() {
        notifier.reloading()
        defer { notifier.ready(status: status.text(loop)) }
        let fresh: IngestSettings
        do {
            fresh = try reloadSettings()
        } catch {
            logger.error("reload failed, keeping the running settings: \(error)")
            return
        }
        for key in settings.restartOnlyChanges(to: fresh) {
            logger.warning("reload: \(key.rawValue) changed, but changing it needs a restart; keeping the old value")
        }
        loop.update(
            maxFileSize: fresh.maxFileSize, minBodyLength: fresh.minBodyLength,
            nearDuplicateThreshold: fresh.nearDuplicateThreshold)
        if let level = Logger.Level(rawValue: fresh.logLevel) { onLogLevelChange(level) }
        settings.maxFileSize = fresh.maxFileSize
        settings.minBodyLength = fresh.minBodyLength
        settings.logLevel = fresh.logLevel
        settings.nearDuplicateThreshold = fresh.nearDuplicateThreshold
        logger.notice(
            "reloaded settings: max-file-size \(settings.maxFileSize), min-body-length \(settings.minBodyLength), log-level \(settings.logLevel), near-duplicate-threshold \(settings.value(of: .nearDuplicateThreshold))"
        )
    }
}
