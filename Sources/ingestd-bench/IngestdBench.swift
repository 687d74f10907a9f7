import ArgumentParser
import Foundation

/// `ingestd-bench`: measures a built ingestd (and, given a Python, the watchdog peer) on this
/// machine and prints the table of issue 5; `make bench` runs it on the release build.
@main
struct IngestdBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingestd-bench",
        abstract: "Measure ingestd: burst, duplicates, latency, restart, against the floor and a watchdog peer.",
        discussion: """
            Prints a table and writes the full results as JSON. Sessions of ingestd and the peer alternate \
            (A B A B …) and medians are quoted: the machine is shared and noisy.

            Examples:
              ingestd-bench --ingestd .build/release/ingestd --python .build-bench/venv/bin/python
              ingestd-bench --ingestd .build/debug/ingestd --smoke --work /tmp/bench
            """)

    @Option(help: "The ingestd executable to measure.")
    var ingestd: String

    @Option(help: "Folder for generated files, runs, cached stores (same file system as the inbox).")
    var work = ".build-bench"

    @Option(help: "Where to write the JSON results (default: <work>/results.json).")
    var json: String?

    @Option(help: "Files in a burst.")
    var files = 10_000

    @Option(help: "Rounds of each program for the burst and latency (alternating).")
    var rounds = 3

    @Option(name: .customLong("latency-drops"), help: "Single drops per latency session.")
    var latencyDrops = 300

    @Flag(help: "Also burst 100,000 files (ingestd only) and check memory stays flat.")
    var large = false

    @Option(name: .customLong("large-files"), help: "Files in the large burst.")
    var largeFiles = 100_000

    @Option(
        name: .customLong("restart-store"), parsing: .upToNextOption,
        help: "Store sizes (articles) to measure restarts with.")
    var restartStores: [Int] = [100_000, 1_000_000]

    @Option(name: .customLong("restart-runs"), help: "Measured starts per store size.")
    var restartRuns = 5

    @Option(help: "Python of the virtual environment with watchdog; without it the peer is not run.")
    var python: String?

    @Option(name: .customLong("peer-script"), help: "The peer: a watchdog script doing ingestd's job.")
    var peerScript = "bench/peers/watchdog_ingest.py"

    @Option(
        help: ArgumentHelp(
            "The bare-ingest executable: the peer's job done natively, without parsing.",
            discussion: "Default: bare-ingest beside this executable (the same build)."))
    var bare: String?

    @Flag(help: "A quick check that every section runs: 200 files, 10 drops, a 1,000-article store, 1 round.")
    var smoke = false

    @Flag(
        name: .customLong("extraction-only"),
        help: "Only measure the CPU of extraction per file (in this process, one thread), for checking a parser change."
    )
    var extractionOnly = false

    mutating func validate() throws {
        guard files > 0, rounds > 0, latencyDrops >= 0, largeFiles > 0, restartRuns > 0 else {
            throw ValidationError("--files, --rounds, --large-files and --restart-runs must be positive")
        }
        if smoke {
            files = 200
            rounds = 1
            latencyDrops = 10
            large = false
            restartStores = [1_000]
            restartRuns = 2
        }
    }

    func run() throws {
        do {
            try measure()
        } catch {
            FileHandle.standardError.write(Data("ingestd-bench: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }

    private func measure() throws(BenchError) {
        let work = Files.absolute(work)
        let ingestd = Files.absolute(ingestd)
        guard FileManager.default.isExecutableFile(atPath: ingestd) else {
            throw BenchError("no ingestd executable at \(ingestd); build it first (make bench does)")
        }
        var peer: (python: String, script: String)?
        if let python {
            let script = Files.absolute(peerScript)
            guard Files.exists(script) else { throw BenchError("the peer script \(script) does not exist") }
            peer = (Files.absolute(python), script)
        }
        try Files.makeDirectories(work + "/run")
        let startedAt = Date()

        log("generating \(files.grouped) articles")
        let corpus = work + "/corpus"
        let burst = try ArticleCorpus.write(
            series: "burst", count: files, prefix: "article", into: corpus + "/burst")

        log("extraction: CPU per file on one thread, best of 5 passes")
        let extraction = try ExtractionMeasurement.measure(paths: burst.paths, limit: smoke ? 50 : 2_000)
        if extractionOnly {
            print(BenchTable.render(BenchTable.extractionRows(extraction)))
            return
        }

        let bare = Files.absolute(bare ?? Self.besideThisExecutable("bare-ingest"))
        guard FileManager.default.isExecutableFile(atPath: bare) else {
            throw BenchError("no bare-ingest executable at \(bare); build it first (make bench does)")
        }

        log("generating their duplicates and \(latencyDrops) single drops")
        let duplicates = try ArticleCorpus.write(
            series: "burst", count: files, prefix: "resaved", into: corpus + "/duplicates",
            variant: DuplicateVariant.forFile)
        let drops = try ArticleCorpus.write(
            series: "latency", count: latencyDrops, prefix: "drop", into: corpus + "/latency")
        let notify = try NotifySocket(path: work + "/run/notify.sock")
        defer { notify.close() }
        let launcher = ContenderLauncher(ingestd: ingestd, bare: bare, peer: peer, notify: notify)

        log("floor: reading and hashing \(files.grouped) files, timing store commits")
        let lineBytes = StoreGenerator(series: "burst").averageLineBytes(sample: min(files, 200))
        try Files.makeDirectories(work + "/run/floor")
        let floor = try FloorMeasurement.measure(
            paths: burst.paths, lineBytes: lineBytes, folder: work + "/run/floor", idleCommits: max(10, latencyDrops))

        let session = Session(
            launcher: launcher, burst: burst, duplicates: duplicates, latency: drops.names.isEmpty ? nil : drops,
            log: log)
        let contenders: [Contender] = peer == nil ? [.ingestd, .bare] : [.ingestd, .peer, .bare]
        var sessions: [SessionResult] = []
        for round in 1...rounds {
            // A B C C B A …: drift in the machine's load over the run favours no one.
            for contender in round.isMultiple(of: 2) ? contenders.reversed() : contenders {
                log("round \(round) of \(rounds): \(contender.rawValue)")
                sessions.append(try session.run(contender, round: round, in: work + "/run/\(contender.rawValue)"))
            }
        }

        var largeResult: SessionResult?
        if large {
            log("large burst: generating \(largeFiles.grouped) articles")
            let largeCorpus = try ArticleCorpus.write(
                series: "large", count: largeFiles, prefix: "article", into: corpus + "/large")
            let largeSession = Session(launcher: launcher, burst: largeCorpus, duplicates: nil, latency: nil, log: log)
            largeResult = try largeSession.run(.ingestd, round: 1, in: work + "/run/large")
            try Files.remove(corpus + "/large")
        }

        var restarts: [RestartMeasurement] = []
        for size in restartStores {
            let store = try StoreGenerator().cachedStore(count: size, cache: work + "/stores", progress: log)
            restarts.append(
                try RestartMeasurement.measure(
                    articles: size, store: store, launcher: launcher, root: work + "/run/restart", runs: restartRuns,
                    log: log))
        }

        let ingestdSummary = ContenderSummary(sessions.filter { $0.contender == .ingestd })
        let peerSummary = ContenderSummary(sessions.filter { $0.contender == .peer })
        let bareSummary = ContenderSummary(sessions.filter { $0.contender == .bare })
        let table =
            BenchTable.rows(
                ingestd: ingestdSummary, peer: peerSummary, bare: bareSummary, floor: floor, large: largeResult,
                restarts: restarts)
            + BenchTable.extractionRows(extraction)
        let report = BenchReport(
            startedAt: ISO8601DateFormatter().string(from: startedAt), mode: smoke ? "smoke" : "full",
            machine: .current(), ingestdPath: ingestd, files: files, rounds: rounds, latencyDrops: latencyDrops,
            averageArticleBytes: burst.averageBytes, floor: floor, extraction: extraction, sessions: sessions,
            ingestd: ingestdSummary,
            peer: peerSummary, bare: bareSummary, large: largeResult, restarts: restarts, table: table)
        let output = json.map(Files.absolute) ?? work + "/results.json"
        try report.write(to: output)
        let machine = report.machine
        print(
            "ingestd bench — \(files.grouped) files (\(burst.averageBytes.grouped) bytes on average), \(rounds) round\(rounds == 1 ? "" : "s") each, medians; \(machine.cores) cores, \(machine.cpu)"
        )
        print(BenchTable.render(table))
        print("results: \(output)")
    }

    /// `name` in the folder of the running executable (`/proc/self/exe`), else as given.
    private static func besideThisExecutable(_ name: String) -> String {
        guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else {
            return name
        }
        return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent(name).path
    }

    private func log(_ message: String) {
        FileHandle.standardError.write(Data("bench: \(message)\n".utf8))
    }
}
