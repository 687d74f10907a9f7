/// Time from process start to `READY=1` with a large store, and the resident memory then.
///
/// The cached store is used in place (ingestd only reads it when nothing is dropped). One
/// start comes first, unmeasured, so that anything ingestd builds beside the store on first
/// open (an index) is there; then `runs` starts are measured and their medians quoted. A last
/// start follows with the index file deleted, as after a restore from a backup: the whole store
/// is read (and the index file written again, so the cache stays whole).
struct RestartMeasurement: Codable, Sendable {
    var articles: Int
    var storeMiB: Double
    /// The first, unmeasured start's time to ready, seconds.
    var firstStartSeconds: Double
    var readySeconds: [Double]
    var rssAtReadyMiB: [Double]
    var medianReadySeconds: Double
    var medianRSSAtReadyMiB: Double
    /// The start without the index file: seconds to ready and MiB resident then (`nil` in
    /// results written before it was measured).
    var fullReadSeconds: Double?
    var fullReadRSSAtReadyMiB: Double?

    static func measure(
        articles: Int, store: String, launcher: ContenderLauncher, root: String, runs: Int,
        log: (String) -> Void
    ) throws(BenchError) -> RestartMeasurement {
        let folder = try SessionFolder.fresh(root)
        // Starts ingestd on the store, stops it once ready, and returns that run.
        func startAndStop(_ label: String) throws(BenchError) -> ContenderLauncher.Running {
            let running = try launcher.start(.ingestd, on: folder, store: store, label: "restart-\(articles)-\(label)")
            let exit = running.process.stop()
            guard exit == .status(0) else {
                throw BenchError(
                    "ingestd with a store of \(articles.grouped) articles (\(label)) ended with \(exit?.description ?? "a stop timeout") when stopped; see \(running.process.stderrPath)"
                )
            }
            return running
        }
        var first = 0.0
        var ready: [Double] = []
        var rss: [Double] = []
        for run in 0...runs {
            let running = try startAndStop("\(run)")
            if run == 0 {
                first = running.secondsToReady
            } else {
                ready.append(running.secondsToReady)
                rss.append(Double(running.statsAtReady?.rssBytes ?? 0) / 1_048_576)
            }
        }
        try Files.remove(store + ".index")
        let whole = try startAndStop("full-read")
        let result = RestartMeasurement(
            articles: articles, storeMiB: Double(Files.size(store) ?? 0) / 1_048_576, firstStartSeconds: first,
            readySeconds: ready, rssAtReadyMiB: rss, medianReadySeconds: Statistics.median(ready) ?? 0,
            medianRSSAtReadyMiB: Statistics.median(rss) ?? 0, fullReadSeconds: whole.secondsToReady,
            fullReadRSSAtReadyMiB: Double(whole.statsAtReady?.rssBytes ?? 0) / 1_048_576)
        log(
            "  restart with \(articles.grouped) stored: READY in \(result.medianReadySeconds.formatted(places: 3)) s (first start \(first.formatted(places: 3)) s), RSS \(result.medianRSSAtReadyMiB.formatted(places: 1)) MiB; without the index file \(whole.secondsToReady.formatted(places: 2)) s"
        )
        return result
    }
}
