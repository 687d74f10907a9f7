import ArgumentParser
import Foundation
import IngestDaemon

/// The options every command shares: they map one to one onto ``IngestSettings/Key``.
struct SettingsOptions: ParsableArguments {
    @Option(help: "Folder to watch for article files (default: ./inbox).")
    var inbox: String?

    @Option(help: "The JSON-lines store (default: ./data/articles.jsonl).")
    var store: String?

    @Option(help: "Where ingested inputs are moved (default: ./data/processed).")
    var processed: String?

    @Option(help: "Where rejected inputs and their .reason.json go (default: ./data/rejected).")
    var rejected: String?

    @Option(name: .customLong("max-file-size"), help: "Larger files are rejected unread (default: 16MiB).")
    var maxFileSize: String?

    @Option(name: .customLong("min-body-length"), help: "Shorter article text is rejected (default: 80 characters).")
    var minBodyLength: String?

    @Option(
        name: .customLong("near-duplicate-threshold"),
        help: "Share of wording that marks a new article as a near-duplicate of a stored one (default: 0.8; off).")
    var nearDuplicateThreshold: String?

    @Option(name: .customLong("rescan-interval"), help: "Safety rescan of the whole inbox (default: 5m).")
    var rescanInterval: String?

    @Option(name: .customLong("poll-interval"), help: "Scan interval on NFS/SMB/FUSE inboxes (default: 2s).")
    var pollInterval: String?

    @Option(
        name: .customLong("settle-time"), help: "A scanned file must be this quiet before it is read (default: 5s).")
    var settleTime: String?

    @Option(
        name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical (default: info).")
    var logLevel: String?

    @Option(name: .customLong("log-target"), help: "journal, stderr or auto (default: auto).")
    var logTarget: String?

    @Option(help: "A config file of key = value lines (also INGESTD_CONFIG).")
    var config: String?

    var flags: [IngestSettings.Key: String] {
        var flags: [IngestSettings.Key: String] = [:]
        flags[.inbox] = inbox
        flags[.store] = store
        flags[.processed] = processed
        flags[.rejected] = rejected
        flags[.maxFileSize] = maxFileSize
        flags[.minBodyLength] = minBodyLength
        flags[.nearDuplicateThreshold] = nearDuplicateThreshold
        flags[.rescanInterval] = rescanInterval
        flags[.pollInterval] = pollInterval
        flags[.settleTime] = settleTime
        flags[.logLevel] = logLevel
        flags[.logTarget] = logTarget
        return flags
    }

    /// Resolves the settings now; the same call is repeated on every reload.
    func resolve() throws(SettingsError) -> IngestSettings {
        let environment = ProcessInfo.processInfo.environment
        let sources = IngestSettings.Sources(
            flags: flags, environment: environment,
            configFile: IngestSettings.Sources.configFile(flag: config, environment: environment))
        return try IngestSettings.resolve(sources)
    }
}
