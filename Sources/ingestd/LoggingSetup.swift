import IngestDaemon
import Logging
import Synchronization
import SystemdJournal

/// Chooses where log entries go (the journal or stderr, per `--log-target`), lets a reload
/// change the level of every logger at once, and picks the service-manager notifier.
struct LoggingSetup: Sendable {
    let level: SharedLogLevel
    let handlers: LogHandlerFactory
    let notifier: any ServiceManagerNotifier = SystemdServiceNotifier()

    init(settings: IngestSettings) {
        let initial = Logger.Level(rawValue: settings.logLevel) ?? .info
        level = SharedLogLevel(initial)
        handlers = LogHandlerFactory(
            target: LogTarget(rawValue: settings.logTarget) ?? .auto, identifier: "ingestd", logLevel: initial)
    }

    func logger() -> Logger {
        let level = level
        let handlers = handlers
        return Logger(label: "ingestd") { label in
            AdjustableLevelLogHandler(base: handlers.makeHandler(label: label), level: level)
        }
    }
}

/// A log level shared by every handler, changed at runtime by a reload.
final class SharedLogLevel: Sendable {
    private let value: Mutex<Logger.Level>

    init(_ level: Logger.Level) {
        value = Mutex(level)
    }

    var current: Logger.Level { value.withLock { $0 } }

    func set(_ level: Logger.Level) {
        value.withLock { $0 = level }
    }
}

/// Wraps a handler so that its level follows a ``SharedLogLevel``.
struct AdjustableLevelLogHandler: LogHandler {
    var base: any LogHandler
    let level: SharedLogLevel

    var logLevel: Logger.Level {
        get { level.current }
        set { level.set(newValue) }
    }

    var metadata: Logger.Metadata {
        get { base.metadata }
        set { base.metadata = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { base[metadataKey: key] }
        set { base[metadataKey: key] = newValue }
    }

    func log(event: LogEvent) {
        base.log(event: event)
    }
}
