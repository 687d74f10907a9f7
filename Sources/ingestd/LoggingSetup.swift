import Foundation
import IngestDaemon
import Logging
import Synchronization

/// Chooses where log entries go and lets a reload change the level of every logger at once.
struct LoggingSetup: Sendable {
    let level: SharedLogLevel
    let notifier: any ServiceManagerNotifier

    init(settings: IngestSettings) {
        level = SharedLogLevel(Logger.Level(rawValue: settings.logLevel) ?? .info)
        notifier = SilentNotifier()
    }

    func logger() -> Logger {
        let level = level
        return Logger(label: "ingestd") { label in
            AdjustableLevelLogHandler(base: StreamLogHandler.standardError(label: label), level: level)
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

enum FileHandleWriter {
    static func writeToStandardError(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}
