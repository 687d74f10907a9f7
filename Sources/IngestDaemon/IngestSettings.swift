import Foundation

/// Everything an operator can set, resolved from flags, `INGESTD_*` environment variables
/// and a config file, in that order of precedence, over the defaults.
///
/// Each setting has one name used everywhere: `--max-file-size` on the command line,
/// `INGESTD_MAX_FILE_SIZE` in the environment, `max-file-size = …` in the config file.
public struct IngestSettings: Equatable, Sendable {
    public var inbox: String
    public var store: String
    public var processed: String
    public var rejected: String
    /// Files larger than this are rejected unread.
    public var maxFileSize: Int64
    /// Article text shorter than this (characters) is rejected.
    public var minBodyLength: Int
    public var rescanInterval: Duration
    public var pollInterval: Duration
    public var settleTime: Duration
    public var logLevel: String
    public var logTarget: String
    /// The share of the shorter text's wording (4-word shingles) another stored article must
    /// hold for a new one to be marked its near-duplicate; `nil` turns the check off.
    public var nearDuplicateThreshold: Double?

    /// The names of every setting, as the config file and the flags spell them.
    public enum Key: String, CaseIterable, Sendable {
        case inbox, store, processed, rejected
        case maxFileSize = "max-file-size"
        case minBodyLength = "min-body-length"
        case rescanInterval = "rescan-interval"
        case pollInterval = "poll-interval"
        case settleTime = "settle-time"
        case logLevel = "log-level"
        case logTarget = "log-target"
        case nearDuplicateThreshold = "near-duplicate-threshold"

        /// `INGESTD_MAX_FILE_SIZE` for `max-file-size`.
        public var environmentName: String {
            "INGESTD_" + rawValue.uppercased().replacingOccurrences(of: "-", with: "_")
        }

        /// Settings a SIGHUP can change; the others need a restart.
        public var isReloadable: Bool {
            switch self {
            case .maxFileSize, .minBodyLength, .logLevel, .nearDuplicateThreshold: true
            default: false
            }
        }
    }

    public static let defaults = IngestSettings(
        inbox: "./inbox", store: "./data/articles.jsonl", processed: "./data/processed",
        rejected: "./data/rejected", maxFileSize: 16 << 20, minBodyLength: 80,
        rescanInterval: .seconds(300), pollInterval: .seconds(2), settleTime: .seconds(5),
        logLevel: "info", logTarget: "auto", nearDuplicateThreshold: 0.8)

    public init(
        inbox: String, store: String, processed: String, rejected: String, maxFileSize: Int64,
        minBodyLength: Int, rescanInterval: Duration, pollInterval: Duration, settleTime: Duration,
        logLevel: String, logTarget: String, nearDuplicateThreshold: Double? = 0.8
    ) {
        self.inbox = inbox
        self.store = store
        self.processed = processed
        self.rejected = rejected
        self.maxFileSize = maxFileSize
        self.minBodyLength = minBodyLength
        self.rescanInterval = rescanInterval
        self.pollInterval = pollInterval
        self.settleTime = settleTime
        self.logLevel = logLevel
        self.logTarget = logTarget
        self.nearDuplicateThreshold = nearDuplicateThreshold
    }

    /// Where each value may come from.
    public struct Sources: Sendable {
        /// Values given on the command line, by key.
        public var flags: [Key: String]
        public var environment: [String: String]
        /// The config file, from `--config` or `INGESTD_CONFIG`; `nil` for none.
        public var configFile: String?

        public init(flags: [Key: String], environment: [String: String], configFile: String?) {
            self.flags = flags
            self.environment = environment
            self.configFile = configFile
        }

        /// `--config`, else `INGESTD_CONFIG`.
        public static func configFile(flag: String?, environment: [String: String]) -> String? {
            flag ?? environment["INGESTD_CONFIG"]
        }
    }

    /// Resolves every setting and checks that they fit together.
    ///
    /// Relative paths are made absolute against `workingDirectory` once, here.
    public static func resolve(
        _ sources: Sources, workingDirectory: String = FileManager.default.currentDirectoryPath
    ) throws(SettingsError) -> IngestSettings {
        let file = try sources.configFile.map { path throws(SettingsError) in try ConfigFile.load(path) } ?? [:]
        var settings = IngestSettings.defaults
        for key in Key.allCases {
            let origin: String
            let value: String
            if let flag = sources.flags[key] {
                (origin, value) = ("--\(key.rawValue)", flag)
            } else if let env = sources.environment[key.environmentName] {
                (origin, value) = (key.environmentName, env)
            } else if let entry = file[key] {
                (origin, value) = ("\(entry.file):\(entry.line)", entry.value)
            } else {
                continue
            }
            try settings.apply(key, value, origin: origin)
        }
        settings.makePathsAbsolute(against: workingDirectory)
        try settings.validate()
        return settings
    }

    private mutating func apply(_ key: Key, _ value: String, origin: String) throws(SettingsError) {
        func invalid(_ expected: String) -> SettingsError {
            .invalidValue(key: key.rawValue, value: value, origin: origin, expected: expected)
        }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        switch key {
        case .inbox, .store, .processed, .rejected:
            guard !trimmed.isEmpty else { throw invalid("a path") }
            switch key {
            case .inbox: inbox = trimmed
            case .store: store = trimmed
            case .processed: processed = trimmed
            default: rejected = trimmed
            }
        case .maxFileSize:
            guard let size = SettingValue.byteSize(trimmed), size > 0 else {
                throw invalid("a size such as 16MiB, 512KiB or 1000000")
            }
            maxFileSize = size
        case .minBodyLength:
            guard let length = Int(trimmed), length >= 0 else { throw invalid("a whole number of characters") }
            minBodyLength = length
        case .rescanInterval, .pollInterval, .settleTime:
            guard let duration = SettingValue.duration(trimmed) else { throw invalid("a duration such as 300s or 5m") }
            switch key {
            case .rescanInterval: rescanInterval = duration
            case .pollInterval: pollInterval = duration
            default: settleTime = duration
            }
        case .logLevel:
            let levels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]
            guard levels.contains(trimmed) else { throw invalid(levels.joined(separator: ", ")) }
            logLevel = trimmed
        case .logTarget:
            guard ["auto", "journal", "stderr"].contains(trimmed) else { throw invalid("auto, journal or stderr") }
            logTarget = trimmed
        case .nearDuplicateThreshold:
            if trimmed == "off" {
                nearDuplicateThreshold = nil
            } else if let share = SettingValue.fraction(trimmed), share > 0, share <= 1 {
                nearDuplicateThreshold = share
            } else {
                throw invalid("a share above 0 and at most 1 (0.8 or 80%), or off")
            }
        }
    }

    private mutating func makePathsAbsolute(against directory: String) {
        func absolute(_ path: String) -> String {
            let joined = path.hasPrefix("/") ? path : directory + "/" + path
            return URL(fileURLWithPath: joined).standardizedFileURL.path
        }
        inbox = absolute(inbox)
        store = absolute(store)
        processed = absolute(processed)
        rejected = absolute(rejected)
    }

    /// The outputs must not be inside the inbox (ingestd would ingest its own output) and the
    /// inbox must not be inside them.
    private func validate() throws(SettingsError) {
        let outputs = [("store", store), ("processed", processed), ("rejected", rejected)]
        for (name, path) in outputs {
            if path == inbox || path.hasPrefix(inbox + "/") {
                throw .overlap("\(name) \(path) is inside the inbox \(inbox): ingestd would ingest its own output")
            }
            if inbox.hasPrefix(path + "/") {
                throw .overlap("the inbox \(inbox) is inside \(name) \(path)")
            }
        }
        if processed == rejected { throw .overlap("processed and rejected are the same folder \(processed)") }
    }

    /// The value of one setting, as text (for comparing and reporting).
    public func value(of key: Key) -> String {
        switch key {
        case .inbox: inbox
        case .store: store
        case .processed: processed
        case .rejected: rejected
        case .maxFileSize: String(maxFileSize)
        case .minBodyLength: String(minBodyLength)
        case .rescanInterval: "\(rescanInterval)"
        case .pollInterval: "\(pollInterval)"
        case .settleTime: "\(settleTime)"
        case .logLevel: logLevel
        case .logTarget: logTarget
        case .nearDuplicateThreshold: nearDuplicateThreshold.map { "\($0)" } ?? "off"
        }
    }

    /// The settings a reload would change that it cannot (``Key/isReloadable``), by name.
    public func restartOnlyChanges(to other: IngestSettings) -> [Key] {
        Key.allCases.filter { !$0.isReloadable && value(of: $0) != other.value(of: $0) }
    }
}
