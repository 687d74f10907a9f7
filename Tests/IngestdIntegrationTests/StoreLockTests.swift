import Foundation
import Testing

/// One store, one daemon.
@Suite("Store lock")
struct StoreLockTests {
    @Test("a second ingestd run on the same store exits non-zero, naming the store and the first daemon's pid")
    func secondDaemonIsRefused() async throws {
        let inbox = try TestInbox()
        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }

        // It must refuse at once, not wait for the lock: still running after 10 s is a failure
        // (no tighter clock is asserted: a loaded machine can take seconds to start a process).
        let second = try await IngestdCommand.run(
            DaemonProcess.runArguments(for: inbox), in: inbox, timeout: .seconds(10))
        let exit = try #require(second.exit, "the second daemon was still running after 10 s")
        #expect(exit != .status(0))
        #expect(second.stderr.contains(inbox.store), "stderr: \(second.stderr)")
        #expect(second.stderr.contains("\(daemon.pid)"), "stderr: \(second.stderr)")

        // The first daemon is unharmed.
        try inbox.drop(ArticleFactory(series: "lock").article(1).data, as: "still-works.txt")
        #expect(await waitUntil(timeout: .seconds(15)) { inbox.processedFiles == ["still-works.txt"] })
        #expect(await daemon.stop() == .status(0))
    }
}
