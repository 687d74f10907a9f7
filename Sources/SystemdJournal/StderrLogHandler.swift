import Foundation
import Logging

/// A swift-log handler for a developer's terminal: one readable line per entry on stderr,
/// `2026-11-21T05:02:30Z warning ingestd: message key=value …` (UTC, metadata sorted by key).
///
/// It exists because swift-log's `StreamLogHandler` prints local time with an offset, the metadata before the
/// message and `[source]` in brackets, which reads poorly and differs from the journal's stderr fallback; and
/// because this one never blocks on a stalled stderr socket (see ``JournalSink``) and keeps every entry on a
/// single line (newlines in messages and values are escaped).
public struct StderrLogHandler: LogHandler {
    /// The logger's label, printed after the level.
    public let label: String
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let output: @Sendable (String) -> Void

    /// - Parameters:
    ///   - label: the logger's label.
    ///   - metadataProvider: contributes metadata to every entry; by default the one given at bootstrap.
    ///   - output: receives each line, newline included; `nil` writes to stderr (tests pass their own).
    public init(
        label: String,
        metadataProvider: Logger.MetadataProvider? = LoggingSystem.metadataProvider,
        output: (@Sendable (String) -> Void)? = nil
    ) {
        self.label = label
        self.metadataProvider = metadataProvider
        self.output = output ?? { SystemCalls.writeToStandardError(Array($0.utf8)) }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let merged = MergedMetadata.of(metadata, metadataProvider?.get(), event.metadata)
        output(
            LogLineFormat.line(
                date: Date(), level: event.level, label: label, message: event.message.description,
                metadata: merged, error: event.error))
    }
}
