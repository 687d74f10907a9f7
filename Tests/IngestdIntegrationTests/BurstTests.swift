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

        #expect(
            await waitUntil(timeout: .seconds(120), every: .milliseconds(250)) { inbox.storedLineCount >= count },
            "only \(inbox.storedLineCount) of \(count) stored")
        #expect(await waitUntil(timeout: .seconds(10)) { inbox.inboxFiles.isEmpty })
        let records = try inbox.records()
        #expect(records.count == count)
        #expect(Set(records.map(\.sha256)).count == count)
        #expect(Set(records.map(\.source)) == Set(names))
        #expect(inbox.processedFiles == names)
        #expect(inbox.rejectedFiles.isEmpty)
        #expect(await daemon.stop() == .status(0))
    }
}
