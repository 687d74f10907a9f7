/// What one session of one program measured: a burst, then the same articles again as
/// duplicates, then single drops into the idle inbox.
struct SessionResult: Codable, Sendable {
    var contender: Contender
    var round: Int
    var burst: BurstResult
    var duplicates: DuplicateResult?
    var latency: LatencyResult?
    /// How the program ended when asked to stop.
    var exit: String
    /// Whether the bench's own inotify queue overflowed (arrivals then counted by listing).
    var watcherOverflowed: Bool
}

/// A burst of new articles, as measured and as checked in the store afterwards.
struct BurstResult: Codable, Sendable {
    var files: Int
    var seconds: Double
    var filesPerSecond: Double
    var dropSeconds: Double
    var cpuSeconds: Double
    var peakRSSMiB: Double
    var rssFirstTenthMiB: Double
    var rssLastTenthMiB: Double
    /// Files seen moved to processed.
    var durable: Int
    var storedLines: Int
    var distinctStored: Int
    /// Files the program rejected (none should be).
    var rejected: Int

    /// Whether every file became exactly one distinct stored line.
    var allDurable: Bool { durable == files && storedLines == files && distinctStored == files && rejected == 0 }

    init(_ timing: BurstDrop.Timing, store: StoreContents, rejected: Int) {
        files = timing.files
        seconds = timing.seconds
        filesPerSecond = timing.filesPerSecond
        dropSeconds = timing.dropSeconds
        cpuSeconds = timing.cpuSeconds
        peakRSSMiB = Double(timing.peakRSSBytes) / 1_048_576
        rssFirstTenthMiB = Double(timing.rssFirstTenthBytes) / 1_048_576
        rssLastTenthMiB = Double(timing.rssLastTenthBytes) / 1_048_576
        durable = timing.durable
        storedLines = store.lines
        distinctStored = store.distinctHashes
        self.rejected = rejected
    }
}

/// The burst's articles again under new names, most of them saved differently.
struct DuplicateResult: Codable, Sendable {
    var files: Int
    var seconds: Double
    var filesPerSecond: Double
    /// Files seen moved to processed.
    var durable: Int
    /// Duplicates that added no line to the store.
    var caught: Int
    /// Stored again anyway, by variant.
    var missedByVariant: [String: Int]

}

/// Single drops into an idle inbox.
struct LatencyResult: Codable, Sendable {
    var drops: Int
    var misses: Int
    /// Over the drops that arrived, milliseconds.
    var percentiles: Percentiles?
    var samplesMilliseconds: [Double]
}
