import Glibc

/// One program's session on fresh folders: start it, wait for ready, drop the burst, then the
/// duplicates, then the single latency drops, stop it, and check its store.
struct Session {
    let launcher: ContenderLauncher
    let burst: ArticleCorpus
    let duplicates: ArticleCorpus?
    let latency: ArticleCorpus?
    let log: (String) -> Void

    func run(_ contender: Contender, round: Int, in root: String) throws(BenchError) -> SessionResult {
        let folder = try SessionFolder.fresh(root)
        try burst.link(into: folder.staging + "/burst")
        try duplicates?.link(into: folder.staging + "/duplicates")
        try latency?.link(into: folder.staging + "/latency")
        let watcher = try DurabilityWatcher(folder: folder.processed)
        let running = try launcher.start(contender, on: folder, label: "\(contender.rawValue)-\(round)")
        let process = running.process
        defer { process.stop() }
        let timeout = Duration.seconds(120) + .milliseconds(25 * burst.names.count)

        let burstTiming = try BurstDrop.run(
            names: burst.names, from: folder.staging + "/burst", into: folder.inbox, process: process,
            watcher: watcher, timeout: timeout)
        let afterBurst = try StoreContents.read(folder.store)
        let burstResult = BurstResult(burstTiming, store: afterBurst, rejected: Files.count(in: folder.rejected))
        log(
            "  \(contender.rawValue) round \(round): burst \(burst.names.count.grouped) in \(burstResult.seconds.formatted(places: 2)) s, \(burstResult.filesPerSecond.formatted(places: 0)) files/s"
        )
        guard burstResult.durable == burst.names.count else {
            throw BenchError(
                "\(contender.rawValue): only \(burstResult.durable) of \(burst.names.count) files became durable within \(timeout); see \(process.stderrPath)"
            )
        }

        var duplicateResult: DuplicateResult?
        if let duplicates {
            let timing = try BurstDrop.run(
                names: duplicates.names, from: folder.staging + "/duplicates", into: folder.inbox, process: process,
                watcher: watcher, timeout: timeout)
            guard timing.durable == duplicates.names.count else {
                throw BenchError(
                    "\(contender.rawValue): only \(timing.durable) of \(duplicates.names.count) duplicates were disposed of within \(timeout); see \(process.stderrPath)"
                )
            }
            let after = try StoreContents.read(folder.store, sourcesAfter: afterBurst.lines)
            var missed: [String: Int] = [:]
            for source in after.laterSources {
                let digits = source.filter(\.isNumber)
                let variant = Int(digits).map { DuplicateVariant.forFile($0).rawValue } ?? "unknown"
                missed[variant, default: 0] += 1
            }
            duplicateResult = DuplicateResult(
                files: duplicates.names.count, seconds: timing.seconds, filesPerSecond: timing.filesPerSecond,
                durable: timing.durable, caught: duplicates.names.count - (after.lines - afterBurst.lines),
                missedByVariant: missed)
            log(
                "  \(contender.rawValue) round \(round): duplicates caught \(duplicateResult?.caught ?? 0) of \(duplicates.names.count) in \(timing.seconds.formatted(places: 2)) s"
            )
        }

        var latencyResult: LatencyResult?
        if let latency {
            usleep(200_000)
            let samples = try LatencyDrop.run(
                names: latency.names, from: folder.staging + "/latency", into: folder.inbox, process: process,
                watcher: watcher)
            latencyResult = LatencyResult(
                drops: latency.names.count, misses: samples.misses, percentiles: Percentiles(samples.milliseconds),
                samplesMilliseconds: samples.milliseconds)
            if let percentiles = latencyResult?.percentiles {
                log(
                    "  \(contender.rawValue) round \(round): latency p50 \(percentiles.p50.formatted(places: 2)) ms, p99 \(percentiles.p99.formatted(places: 2)) ms"
                )
            }
        }
        let exit = process.stop()
        return SessionResult(
            contender: contender, round: round, burst: burstResult, duplicates: duplicateResult,
            latency: latencyResult, exit: exit?.description ?? "killed after a stop timeout",
            watcherOverflowed: watcher.overflowed)
    }
}
