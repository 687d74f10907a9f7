import Foundation
import Testing

/// `make bench` is never run by the tests (it takes minutes and wants a quiet machine); this
/// runs `ingestd-bench --smoke` against the debug ingestd instead and checks that every section
/// of its report is there with sane values, so that the instrument cannot rot unnoticed.
@Suite("Bench smoke")
struct BenchSmokeTests {
    @Test("ingestd-bench --smoke measures every section and every file comes through")
    func smokeRunReportsEverySection() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent(
            "bench-smoke-\(UUID().uuidString.prefix(8))"
        ).path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let results = work + "/results.json"

        let run = try BenchBinaries.run(
            arguments: [
                "--ingestd", try BenchBinaries.path(of: "ingestd"), "--smoke", "--work", work, "--json", results,
            ],
            in: work)
        #expect(run.status == 0, "ingestd-bench --smoke failed; its output:\n\(run.output)")
        #expect(run.output.contains("latency p99 ms"), "no table printed:\n\(run.output)")

        let data = try Data(contentsOf: URL(fileURLWithPath: results))
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(report["mode"] as? String == "smoke")
        let files = try #require(report["files"] as? Int)
        #expect(files == 200)

        // ingestd, then bare-ingest (the peer's job without parsing); the peer needs --python.
        let sessions = try #require(report["sessions"] as? [[String: Any]])
        #expect(sessions.map { $0["contender"] as? String } == ["ingestd", "bare"])
        let session = try #require(sessions.first)
        #expect(session["exit"] as? String == "exit status 0")
        let bare = try #require(sessions.last)
        #expect(bare["exit"] as? String == "exit status 0", "bare-ingest stops cleanly on SIGTERM")
        let bareBurst = try #require(bare["burst"] as? [String: Any])
        #expect(bareBurst["durable"] as? Int == files)
        #expect(bareBurst["distinctStored"] as? Int == files)
        let bareDuplicates = try #require(bare["duplicates"] as? [String: Any])
        #expect(bareDuplicates["caught"] as? Int == files, "bare-ingest normalizes as the peer does")
        let bareLatency = try #require(bare["latency"] as? [String: Any])
        #expect(bareLatency["misses"] as? Int == 0)
        #expect(run.output.contains("files/s vs bare"), "no bare row printed:\n\(run.output)")

        let burst = try #require(session["burst"] as? [String: Any])
        #expect(burst["durable"] as? Int == files)
        #expect(burst["storedLines"] as? Int == files)
        #expect(burst["distinctStored"] as? Int == files)
        #expect(burst["rejected"] as? Int == 0)
        #expect((burst["filesPerSecond"] as? Double ?? 0) > 0)
        #expect((burst["peakRSSMiB"] as? Double ?? 0) > 0)

        let duplicates = try #require(session["duplicates"] as? [String: Any])
        #expect(duplicates["files"] as? Int == files)
        #expect(duplicates["durable"] as? Int == files)
        #expect(duplicates["caught"] as? Int == files, "missed: \(duplicates["missedByVariant"] ?? "?")")

        let latency = try #require(session["latency"] as? [String: Any])
        #expect(latency["drops"] as? Int == 10)
        #expect(latency["misses"] as? Int == 0)
        let percentiles = try #require(latency["percentiles"] as? [String: Double])
        let p50 = try #require(percentiles["p50"])
        let p99 = try #require(percentiles["p99"])
        let max = try #require(percentiles["max"])
        #expect(p50 > 0 && p50 <= p99 && p99 <= max)

        let restarts = try #require(report["restarts"] as? [[String: Any]])
        #expect(restarts.count == 1)
        let restart = try #require(restarts.first)
        #expect(restart["articles"] as? Int == 1_000)
        let ready = try #require(restart["readySeconds"] as? [Double])
        #expect(ready.count == 2 && ready.allSatisfy { $0 > 0 })
        #expect((restart["medianRSSAtReadyMiB"] as? Double ?? 0) > 0)
        #expect((restart["fullReadSeconds"] as? Double ?? 0) > 0, "the start without the index file")
        #expect((restart["fullReadRSSAtReadyMiB"] as? Double ?? 0) > 0)

        let floor = try #require(report["floor"] as? [String: Any])
        #expect((floor["filesPerSecond"] as? Double ?? 0) > 0)
        #expect((floor["commit100LinesMilliseconds"] as? Double ?? 0) > 0)
        #expect((floor["renameInAndOutFilesPerSecond"] as? Double ?? 0) > 0, "the renames a burst takes")
        let idleCommit = try #require(floor["idleCommitMilliseconds"] as? [String: Double])
        #expect((idleCommit["p50"] ?? 0) > 0 && (idleCommit["p99"] ?? 0) >= (idleCommit["p50"] ?? 0))

        // The CPU of one file's content, on one thread, in three parts, measured on work that
        // was really done: 50 different articles give 50 different fingerprints.
        let extraction = try #require(report["extraction"] as? [String: Any])
        #expect(extraction["files"] as? Int == 50)
        let parts = ["extractMicroseconds", "shinglesMicroseconds", "recordLineMicroseconds"].map {
            extraction[$0] as? Double ?? 0
        }
        #expect(parts.allSatisfy { $0 > 0 }, "extraction: \(extraction)")
        #expect(extraction["distinctFingerprints"] as? Int == 50)
        #expect((extraction["averageShingles"] as? Int ?? 0) > 100, "the bench's articles run to hundreds of words")
        #expect((extraction["averageLineBytes"] as? Int ?? 0) > 1_000)

        let table = try #require(report["table"] as? [[String: String]])
        let cpuRow = try #require(table.first { $0["figure"] == "CPU per file, one thread: all three, µs" })
        #expect(abs((Double(cpuRow["ingestd"] ?? "") ?? 0) - parts.reduce(0, +)) <= 0.06, "row: \(cpuRow)")
        // What ingestd adds to a bare write + fsync: its p50 less the floor's.
        let above = try #require(table.first { $0["figure"] == "latency p50 above the floor's, ms" })
        let aboveValue = try #require(Double(above["ingestd"] ?? ""), "row: \(above)")
        #expect(abs(aboveValue - (p50 - (idleCommit["p50"] ?? 0))) <= 0.006)
        // A miss is marked as the floor's too when the floor itself is at or over the target,
        // else as the bare daemon's too when it is.
        let p50Row = try #require(table.first { $0["figure"] == "latency p50 ms" })
        let floorP50 = idleCommit["p50"] ?? 0
        let bareSummary = try #require(report["bare"] as? [String: Any])
        let bareP50 = try #require((bareSummary["latency"] as? [String: Double])?["p50"])
        let verdict =
            p50 < 0.7 ? "pass" : floorP50 >= 0.7 ? "FAIL (floor too)" : bareP50 >= 0.7 ? "FAIL (bare too)" : "FAIL"
        #expect(p50Row["verdict"] == verdict, "row: \(p50Row), p50 \(p50), floor \(floorP50), bare \(bareP50)")
        let caughtRow = table.first { $0["figure"] == "duplicates 200: caught" }
        #expect(caughtRow?["verdict"] == "pass")
        #expect(table.contains { $0["figure"] == "burst 200: every file stored once" && $0["verdict"] == "pass" })
    }
}
