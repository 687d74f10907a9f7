import Glibc

/// Renames a set of staged files into a ready program's inbox in one go and times how long
/// until every one is durable (moved to processed), with the program's CPU time over that
/// span and its resident memory sampled as the files go through.
enum BurstDrop {
    /// The timing of one burst.
    struct Timing: Sendable {
        var files: Int
        /// From the first rename to the last file durable.
        var seconds: Double
        /// How long the renames themselves took.
        var dropSeconds: Double
        var cpuSeconds: Double
        /// VmHWM at the end: the program's peak since it started.
        var peakRSSBytes: Int
        /// The highest VmRSS sampled while at most a tenth of the files were done, and while
        /// at least nine tenths were: memory that grows with the burst shows as a difference.
        var rssFirstTenthBytes: Int
        var rssLastTenthBytes: Int
        /// Files seen durable (less than `files` only on a timeout).
        var durable: Int

        var filesPerSecond: Double { seconds > 0 ? Double(durable) / seconds : 0 }
    }

    static func run(
        names: [String], from staging: String, into inbox: String, process: ChildProcess,
        watcher: DurabilityWatcher, timeout: Duration
    ) throws(BenchError) -> Timing {
        let before = ProcessStats.read(pid: process.pid)
        let target = watcher.arrivals + names.count
        let base = watcher.arrivals
        var samples: [(done: Int, rss: Int)] = []
        let started = ContinuousClock.now
        for name in names {
            try Files.rename(staging + "/" + name, to: inbox + "/" + name)
        }
        let dropped = ContinuousClock.now
        var failure: BenchError?
        let finished = watcher.wait(forTotal: target, until: started + timeout) { arrived in
            if let stats = ProcessStats.read(pid: process.pid), process.isRunning {
                samples.append((arrived - base, stats.rssBytes))
                return true
            }
            failure = BenchError(
                "\(process.executable) exited during the burst. Its log (\(process.stderrPath)) ends:\n\(process.stderrTail())"
            )
            return false
        }
        if let failure { throw failure }
        let end = finished ?? .now
        let after = ProcessStats.read(pid: process.pid)
        let tenth = names.count / 10
        let early = samples.filter { $0.done <= tenth }.map(\.rss)
        let late = samples.filter { $0.done >= names.count - tenth }.map(\.rss)
        return Timing(
            files: names.count, seconds: (end - started).seconds, dropSeconds: (dropped - started).seconds,
            cpuSeconds: (after?.cpuSeconds ?? 0) - (before?.cpuSeconds ?? 0),
            peakRSSBytes: after?.peakRSSBytes ?? 0,
            rssFirstTenthBytes: early.max() ?? samples.first?.rss ?? 0,
            rssLastTenthBytes: late.max() ?? samples.last?.rss ?? 0,
            durable: watcher.arrivals - base)
    }
}
