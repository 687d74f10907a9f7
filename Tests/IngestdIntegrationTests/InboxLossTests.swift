import Foundation
import Testing

/// The inbox deleted or moved away under a running daemon: it is recreated and watched
/// again, with no restart.
@Suite("Inbox lost")
struct InboxLossTests {
    /// How the inbox goes away.
    enum Loss: String, CaseIterable, Sendable, CustomStringConvertible {
        case deleted = "rm -rf inbox"
        case movedAway = "mv inbox elsewhere"

        var description: String { rawValue }
    }

    @Test("is logged, recreated, and a file dropped into the new inbox is ingested", arguments: Loss.allCases)
    func inboxIsRecreated(_ loss: Loss) async throws {
        let factory = ArticleFactory(series: "inbox-loss")
        let inbox = try TestInbox()
        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }
        try FileManager.default.createDirectory(atPath: inbox.inbox + "/sub", withIntermediateDirectories: true)

        let movedTo = inbox.root + "/old-inbox"
        switch loss {
        case .deleted: try FileManager.default.removeItem(atPath: inbox.inbox)
        case .movedAway: try inbox.rename(inbox.inbox, to: movedTo)
        }
        #expect(await daemon.waitForLog("was deleted or moved away"), "log:\n\(daemon.log)")
        #expect(await daemon.waitForLog("exists again"), "log:\n\(daemon.log)")
        #expect(FileManager.default.fileExists(atPath: inbox.inbox))

        if loss == .movedAway { try inbox.write(factory.article(2).data, to: movedTo + "/sub/not-the-inbox.txt") }
        try inbox.drop(factory.article(1).data, as: "after.txt")
        #expect(await waitUntil(timeout: .seconds(15)) { inbox.processedFiles == ["after.txt"] })
        #expect(try inbox.records().map(\.source) == ["after.txt"])
        if loss == .movedAway {
            #expect(FileManager.default.fileExists(atPath: movedTo + "/sub/not-the-inbox.txt"))
        }
        #expect(await daemon.stop() == .status(0))
    }
}
