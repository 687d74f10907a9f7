import Foundation
import Glibc
import Testing

/// A daemon that runs as its own user reads files that others dropped. It opens inputs with
/// `O_NOATIME`, which the kernel allows only to a file's owner; for anyone else's file the flag
/// is refused with `EPERM`, and the file must still be read, not rejected.
@Suite("Files owned by another user")
struct ForeignOwnerTests {
    @Test("a daemon running as nobody ingests a world-readable file that root owns")
    func ingestsAnotherUsersFile() async throws {
        let inbox = try TestInbox()
        try Ownership.giveToNobody([inbox.inbox, inbox.data])
        let daemon = try await DaemonProcess.start(inbox, user: .nobody)
        defer { daemon.kill() }

        let article = ArticleFactory(series: "foreign-owner").article(1)
        try inbox.drop(article.data, as: "roots.txt")
        var status = stat()
        #expect(stat(inbox.processed + "/roots.txt", &status) == 0 || stat(inbox.inbox + "/roots.txt", &status) == 0)
        #expect(status.st_uid == 0, "the dropped file must belong to root for this test to show anything")

        #expect(
            await waitUntil(timeout: .seconds(15)) { inbox.processedFiles == ["roots.txt"] },
            "root's file was not ingested; rejected: \(inbox.rejectedFiles), log:\n\(daemon.log)")
        #expect(try inbox.records().map(\.source) == ["roots.txt"])
        #expect(inbox.rejectedFiles.isEmpty)
        #expect(await daemon.stop() == .status(0))
    }
}
