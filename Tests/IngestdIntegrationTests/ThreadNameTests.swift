import Foundation
import Testing

/// The daemon's threads carry names an operator can read in `top -H`, `ps -L` or `perf`:
/// the one that waits on the inbox and stores, and one parser per core (all of one name: the
/// kernel keeps 15 bytes, too few to number them on a machine with many cores).
@Suite("Thread names")
struct ThreadNameTests {
    @Test("a running daemon names its ingest thread and its parsing threads")
    func runningDaemonNamesItsThreads() async throws {
        let inbox = try TestInbox()
        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }

        let tasks = "/proc/\(daemon.pid)/task"
        func threadNames() -> [String] {
            let all = (try? FileManager.default.contentsOfDirectory(atPath: tasks)) ?? []
            return all.compactMap { task in
                (try? String(contentsOfFile: "\(tasks)/\(task)/comm", encoding: .utf8))?
                    .trimmingCharacters(in: .newlines)
            }
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        // Each thread names itself as it begins: on a busy machine one may not have run yet.
        let named = await waitUntil(timeout: .seconds(5)) {
            let names = threadNames()
            return names.filter { $0 == "ingestd-ingest" }.count == 1
                && names.filter { $0 == "ingestd-parse" }.count == cores
        }
        #expect(named, "threads: \(threadNames())")
        #expect(await daemon.stop() == .status(0))
    }
}
