import Foundation
import Testing

/// The daemon's threads carry names an operator can read in `top -H`, `ps -L` or `perf`:
/// the one that waits on the inbox and stores, and one parser per core.
@Suite("Thread names")
struct ThreadNameTests {
    @Test("a running daemon names its ingest thread and its parsing threads")
    func runningDaemonNamesItsThreads() async throws {
        let inbox = try TestInbox()
        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }

        let tasks = "/proc/\(daemon.pid)/task"
        let names = try FileManager.default.contentsOfDirectory(atPath: tasks).compactMap { task in
            (try? String(contentsOfFile: "\(tasks)/\(task)/comm", encoding: .utf8))?
                .trimmingCharacters(in: .newlines)
        }
        #expect(names.filter { $0 == "ingestd-ingest" }.count == 1, "threads: \(names)")
        let parsers = names.filter { $0.hasPrefix("ingestd-parse-") }.sorted()
        #expect(
            parsers == (0..<ProcessInfo.processInfo.activeProcessorCount).map { "ingestd-parse-\($0)" },
            "threads: \(names)")
        #expect(await daemon.stop() == .status(0))
    }
}
