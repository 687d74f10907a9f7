import Glibc

/// Drops single files into an idle inbox, one at a time, and times each from its rename to
/// the moment it is durable (moved to processed).
enum LatencyDrop {
    /// Milliseconds per drop; a drop not durable within `timeout` counts as a miss.
    struct Samples: Sendable {
        var milliseconds: [Double] = []
        var misses = 0
    }

    /// - Parameter idle: the pause before each drop, so that every file meets an idle program.
    static func run(
        names: [String], from staging: String, into inbox: String, process: ChildProcess,
        watcher: DurabilityWatcher, idle: Duration = .milliseconds(20), timeout: Duration = .seconds(10)
    ) throws(BenchError) -> Samples {
        var samples = Samples()
        for name in names {
            usleep(UInt32(idle.seconds * 1_000_000))
            let expected = watcher.arrivals + 1
            let started = ContinuousClock.now
            try Files.rename(staging + "/" + name, to: inbox + "/" + name)
            if let arrived = watcher.wait(
                forTotal: expected, until: started + timeout, interval: .milliseconds(100),
                tick: { _ in process.isRunning })
            {
                samples.milliseconds.append((arrived - started).seconds * 1000)
            } else {
                guard process.isRunning else {
                    throw BenchError(
                        "\(process.executable) exited during the latency drops. Its log (\(process.stderrPath)) ends:\n\(process.stderrTail())"
                    )
                }
                samples.misses += 1
                // A late arrival must not be taken for the next drop's.
                _ = watcher.wait(forTotal: expected, until: .now + .seconds(60))
            }
        }
        return samples
    }
}
