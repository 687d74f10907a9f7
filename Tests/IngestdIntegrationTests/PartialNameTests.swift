import Foundation
import Testing

/// Names that browsers, downloaders and editors give files still being written are left
/// alone until the file is renamed.
@Suite("Partial-file names")
struct PartialNameTests {
    @Test("x.part, .hidden, y.tmp and z~ wait in the inbox until renamed, then are ingested")
    func partialNamesWaitForRename() async throws {
        let factory = ArticleFactory(series: "partial")
        let renames = [("x.part", "x.txt"), (".hidden", "hidden.txt"), ("y.tmp", "y.txt"), ("z~", "z.txt")]
        let inbox = try TestInbox()
        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }

        for (number, (partial, _)) in renames.enumerated() {
            try inbox.write(factory.article(number).data, to: inbox.inbox + "/" + partial)
        }
        try await Task.sleep(for: .milliseconds(1500))
        #expect(inbox.inboxFiles == renames.map(\.0).sorted())
        #expect(inbox.storedLineCount == 0)
        #expect(inbox.processedFiles.isEmpty && inbox.rejectedFiles.isEmpty)

        for (partial, final) in renames { try inbox.rename(inbox.inbox + "/" + partial, to: inbox.inbox + "/" + final) }
        #expect(await waitUntil(timeout: .seconds(15)) { inbox.processedFiles == renames.map(\.1).sorted() })
        #expect(try inbox.records().count == renames.count)
        #expect(inbox.inboxFiles.isEmpty)
        #expect(await daemon.stop() == .status(0))
    }
}
