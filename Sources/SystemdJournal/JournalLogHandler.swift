import Foundation
import Logging

/// A swift-log handler that writes structured entries to the systemd journal.
///
/// It exists so that the daemon's logs arrive in journald as fields, not just text: `journalctl PRIORITY=3`,
/// `journalctl REQUEST_ID=…` and `journalctl MESSAGE_ID=…` work. Each entry carries
/// - `MESSAGE`, `PRIORITY` (trace/debug 7, info 6, notice 5, warning 4, error 3, critical 2),
///   `SYSLOG_IDENTIFIER` (the sink's identifier), `LOGGER_LABEL` (the logger's label),
///   `CODE_FILE`, `CODE_LINE`, `CODE_FUNC`, and `ERROR` when the call passed an error;
/// - every metadata value (handler metadata, then the metadata provider's, then the call's, later ones
///   winning), under its key made a valid field name by ``JournalField/sanitizedName(_:)``
///   (`request-id` → `REQUEST_ID`); nested values are rendered as text.
///
/// Conventions: the metadata key `message_id` (see ``messageIDKey``) becomes `MESSAGE_ID`, the journal's
/// catalog id; pass 32 lowercase hex digits (e.g. from `journalctl --new-id128`), it is sent as given. A key whose name would
/// collide with one of the fields above is prefixed `META_` (`message` → `META_MESSAGE`), and a key with no
/// letter or digit is kept as `METADATA=<key>=<value>`: no metadata is ever dropped.
///
/// Delivery goes through a ``JournalSink``, which falls back to stderr, without blocking, while journald is
/// gone or stalled. All copies of a handler share their sink.
public struct JournalLogHandler: LogHandler {
    /// The metadata key whose value becomes the entry's `MESSAGE_ID` field.
    public static let messageIDKey = "message_id"

    /// The logger's label, sent as `LOGGER_LABEL`.
    public let label: String
    /// Where entries go.
    public let sink: JournalSink
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?

    /// - Parameters:
    ///   - label: the logger's label.
    ///   - sink: the shared destination; create one per process (see ``LogHandlerFactory``).
    ///   - metadataProvider: contributes metadata to every entry; by default the one given at bootstrap.
    public init(
        label: String,
        sink: JournalSink,
        metadataProvider: Logger.MetadataProvider? = LoggingSystem.metadataProvider
    ) {
        self.label = label
        self.sink = sink
        self.metadataProvider = metadataProvider
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let merged = mergedMetadata(event.metadata)
        let fields = Self.fields(for: event, metadata: merged, label: label, identifier: sink.identifier)
        sink.write(fields) {
            LogLineFormat.line(
                date: Date(), level: event.level, label: label, message: event.message.description,
                metadata: merged, error: event.error)
        }
    }

    /// The syslog priority journald stores for a swift-log level.
    public static func priority(for level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: return 7
        case .info: return 6
        case .notice: return 5
        case .warning: return 4
        case .error: return 3
        case .critical: return 2
        }
    }

    /// The journal fields of one event, given its already merged metadata.
    static func fields(for event: LogEvent, metadata: Logger.Metadata, label: String, identifier: String)
        -> [JournalField]
    {
        var fields = [
            JournalField(trustedName: "MESSAGE", value: event.message.description),
            JournalField(trustedName: "PRIORITY", value: String(priority(for: event.level))),
            JournalField(trustedName: "SYSLOG_IDENTIFIER", value: identifier),
            JournalField(trustedName: "LOGGER_LABEL", value: label),
            JournalField(trustedName: "CODE_FILE", value: event.file),
            JournalField(trustedName: "CODE_LINE", value: String(event.line)),
            JournalField(trustedName: "CODE_FUNC", value: event.function),
        ]
        if let error = event.error {
            fields.append(JournalField(trustedName: "ERROR", value: String(describing: error)))
        }
        let taken = Set(fields.map(\.name))
        for (key, value) in metadata.sorted(by: { $0.key < $1.key }) {
            let text = String(describing: value)
            if key == messageIDKey {
                fields.append(JournalField(trustedName: "MESSAGE_ID", value: text))
            } else if let name = JournalField.sanitizedName(key) {
                let unique = taken.contains(name) ? String("META_\(name)".prefix(JournalField.maximumNameLength)) : name
                fields.append(JournalField(trustedName: unique, value: text))
            } else {
                fields.append(JournalField(trustedName: "METADATA", value: "\(key)=\(text)"))
            }
        }
        return fields
    }

    private func mergedMetadata(_ callMetadata: Logger.Metadata?) -> Logger.Metadata {
        MergedMetadata.of(metadata, metadataProvider?.get(), callMetadata)
    }
}
