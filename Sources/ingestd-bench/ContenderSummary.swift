/// One program's figures over all its rounds: the median of each, since the machine is shared
/// and noisy; the worst round for the correctness counts.
struct ContenderSummary: Codable, Sendable {
    var rounds: Int
    var burstFiles: Int
    var burstSeconds: Double
    var burstFilesPerSecond: Double
    var burstCPUSeconds: Double
    var burstPeakRSSMiB: Double
    /// Whether every round stored every burst file exactly once.
    var burstAllDurable: Bool
    var duplicateSeconds: Double?
    var duplicateFilesPerSecond: Double?
    /// The fewest duplicates caught in any round, and how many there were.
    var duplicatesCaught: Int?
    var duplicateFiles: Int?
    /// Percentiles over the drops of all rounds, milliseconds.
    var latency: Percentiles?
    var latencyMisses: Int

    init?(_ sessions: [SessionResult]) {
        guard !sessions.isEmpty else { return nil }
        func median(_ values: [Double]) -> Double { Statistics.median(values) ?? 0 }
        rounds = sessions.count
        burstFiles = sessions[0].burst.files
        burstSeconds = median(sessions.map(\.burst.seconds))
        burstFilesPerSecond = median(sessions.map(\.burst.filesPerSecond))
        burstCPUSeconds = median(sessions.map(\.burst.cpuSeconds))
        burstPeakRSSMiB = median(sessions.map(\.burst.peakRSSMiB))
        burstAllDurable = sessions.allSatisfy(\.burst.allDurable)
        let duplicates = sessions.compactMap(\.duplicates)
        if !duplicates.isEmpty {
            duplicateSeconds = median(duplicates.map(\.seconds))
            duplicateFilesPerSecond = median(duplicates.map(\.filesPerSecond))
            duplicatesCaught = duplicates.map(\.caught).min()
            duplicateFiles = duplicates[0].files
        }
        let latencies = sessions.compactMap(\.latency)
        // Percentiles of every drop of every round together: a p99 of 300 drops is close to
        // their maximum, and a median of per-round maxima is no maximum at all.
        latency = Percentiles(latencies.flatMap(\.samplesMilliseconds))
        latencyMisses = latencies.map(\.misses).reduce(0, +)
    }
}
