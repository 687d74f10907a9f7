import Foundation
import Logging

/// Makes the daemon's log handlers for a ``LogTarget``, all sharing one ``JournalSink``.
///
/// It exists so `main` needs two lines: `let logging = LogHandlerFactory(target: options.logTarget)` and
/// `logging.bootstrap()`. Sharing the sink matters: the "journal unavailable" notice is printed once per
/// outage for the whole process, not once per logger.
public struct LogHandlerFactory: Sendable {
    /// The resolved target, `.journal` or `.stderr` (never `.auto`).
    public let target: LogTarget
    /// The sink of the journal handlers; `nil` when the target is `.stderr`.
    public let sink: JournalSink?
    /// The level new handlers start with.
    public let logLevel: Logger.Level

    /// - Parameters:
    ///   - target: the requested target; `.auto` is resolved now (see ``LogTarget/resolve(socketPath:environment:)``).
    ///   - identifier: the journal's `SYSLOG_IDENTIFIER`.
    ///   - logLevel: the level new handlers start with.
    ///   - socketPath: journald's native socket.
    public init(
        target: LogTarget = .auto,
        identifier: String = "ingestd",
        logLevel: Logger.Level = .info,
        socketPath: String = JournalSocket.defaultPath,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.target = target.resolve(socketPath: socketPath, environment: environment)
        self.logLevel = logLevel
        self.sink = self.target == .journal ? JournalSink(identifier: identifier, socketPath: socketPath) : nil
    }

    /// A handler for the logger labelled `label`.
    public func makeHandler(
        label: String,
        metadataProvider: Logger.MetadataProvider? = LoggingSystem.metadataProvider
    ) -> any LogHandler {
        var handler: any LogHandler
        if let sink {
            handler = JournalLogHandler(label: label, sink: sink, metadataProvider: metadataProvider)
        } else {
            handler = StderrLogHandler(label: label, metadataProvider: metadataProvider)
        }
        handler.logLevel = logLevel
        return handler
    }

    /// Makes these handlers the process's logging backend. swift-log allows this once per process.
    public func bootstrap(metadataProvider: Logger.MetadataProvider? = nil) {
        LoggingSystem.bootstrap(
            { label, provider in makeHandler(label: label, metadataProvider: provider) },
            metadataProvider: metadataProvider)
    }
}
