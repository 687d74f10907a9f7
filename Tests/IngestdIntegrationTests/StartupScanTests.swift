import Foundation
import Testing

/// Files that arrived while no daemon ran are found by the catch-up scan at start.
@Suite("Catch-up scan at start")
struct StartupScanTests {
    @Test("files already in the inbox and its subfolders are ingested at start; partial names are not")
    func filesWaitingAtStart() async throws {
        let factory = ArticleFactory(series: "startup")
        let inbox = try TestInbox()
        let waiting = ["a.txt", "b.txt", "news/c.txt", "news/2026/d.txt"]
        try FileManager.default.createDirectory(atPath: inbox.inbox + "/news/2026", withIntermediateDirectories: true)
        for (number, path) in waiting.enumerated() { try inbox.drop(factory.article(number).data, as: path) }
        try inbox.drop(factory.article(99).data, as: "news/e.txt.part")
        // Older than the settle time (0.3 s): the scan takes them at once, not after a wait.
        try await Task.sleep(for: .milliseconds(500))

        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }

        #expect(await waitUntil(timeout: .seconds(15)) { inbox.processedFiles == waiting.sorted() })
        #expect(inbox.inboxFiles == ["news/e.txt.part"])
        let records = try inbox.records()
        #expect(Set(records.map(\.folder)) == [nil, "news", "news/2026"])
        #expect(daemon.log.contains("catch-up scan: \(waiting.count) files"), "log:\n\(daemon.log)")
        #expect(await daemon.stop() == .status(0))
    }
}
