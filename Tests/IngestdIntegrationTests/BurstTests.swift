import Foundation
import Testing

/// Thousands of files at once: every one stored once, none left behind.
@Suite("Bursts")
struct BurstTests {
    @Test("5,000 distinct files renamed into the inbox at once: 5,000 lines, all distinct, inbox empty")
    func fiveThousandFiles() async throws {
        let count = 5_000
        let inbox = try TestInbox()
        let names = try inbox.stageArticles(count, from: ArticleFactory(series: "burst"))
        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }

        try inbox.dropStaged(names)

        try await inbox.expectEachStoredOnce(names)
        #expect(await daemon.stop() == .status(0))
    }
}
