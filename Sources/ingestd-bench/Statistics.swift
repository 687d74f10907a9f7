/// Medians and percentiles: the machine is shared and noisy, so the bench quotes medians of
/// rounds and percentiles of many samples, never one measurement.
enum Statistics {
    /// The median of `values`; `nil` for none.
    static func median(_ values: [Double]) -> Double? {
        percentile(50, of: values)
    }

    /// The `p`-th percentile of `values` by linear interpolation between closest ranks; `nil` for none.
    static func percentile(_ p: Double, of values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = p / 100 * Double(sorted.count - 1)
        let lower = Int(rank.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = rank - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }
}

/// The latency figures the issue asks for, from one set of samples (milliseconds).
struct Percentiles: Codable, Sendable {
    var p50: Double
    var p90: Double
    var p99: Double
    var max: Double

    init?(_ samples: [Double]) {
        guard let p50 = Statistics.percentile(50, of: samples), let p90 = Statistics.percentile(90, of: samples),
            let p99 = Statistics.percentile(99, of: samples), let max = samples.max()
        else { return nil }
        self.p50 = p50
        self.p90 = p90
        self.p99 = p99
        self.max = max
    }
}
