import Foundation
import Glibc
import Testing

/// Files that another user dropped are read, however the daemon runs. The reader opens inputs
/// with `O_NOATIME` when it runs as root; the kernel grants that flag only to a file's owner
/// or a holder of `CAP_FOWNER`, and a refusal (`EPERM`) must never turn into a rejection.
@Suite("Files owned by another user")
struct ForeignOwnerTests {
    @Test("a daemon running as nobody ingests a world-readable file that root owns")
    func unprivilegedDaemonReadsRootsFile() async throws {
        let inbox = try TestInbox()
        try Ownership.giveToNobody([inbox.inbox, inbox.data])
        let daemon = try await DaemonProcess.start(inbox, user: .nobody)
        defer { daemon.kill() }

        try drop(ownedByNobody: false, into: inbox, as: "roots.txt")
        try await expectIngested("roots.txt", in: inbox, daemon)
    }

    @Test("root without CAP_FOWNER, refused O_NOATIME, still ingests another user's file")
    func rootWithoutFileOwnerCapabilityReadsNobodysFile() async throws {
        let inbox = try TestInbox()
        let daemon = try await DaemonProcess.start(inbox, user: .rootWithoutFileOwnerCapability)
        defer { daemon.kill() }

        try drop(ownedByNobody: true, into: inbox, as: "nobodys.txt")
        try await expectIngested("nobodys.txt", in: inbox, daemon)
    }

    /// Stages an article (root's, or given to nobody), checks who owns it, and renames it into
    /// the inbox.
    private func drop(ownedByNobody: Bool, into inbox: TestInbox, as name: String) throws {
        let staged = inbox.staging + "/" + name
        try inbox.write(ArticleFactory(series: "foreign-owner-\(name)").article(1).data, to: staged)
        if ownedByNobody { try Ownership.giveToNobody([staged]) }
        var status = stat()
        try #require(stat(staged, &status) == 0)
        let expected = ownedByNobody ? try #require(getpwnam("nobody")).pointee.pw_uid : 0
        try #require(status.st_uid == expected, "the file must belong to the other user for this test to show anything")
        try inbox.rename(staged, to: inbox.inbox + "/" + name)
    }

    private func expectIngested(_ name: String, in inbox: TestInbox, _ daemon: DaemonProcess) async throws {
        #expect(
            await waitUntil(timeout: .seconds(15)) { inbox.processedFiles == [name] },
            "\(name) was not ingested; rejected: \(inbox.rejectedFiles), log:\n\(daemon.log)")
        #expect(try inbox.records().map(\.source) == [name])
        #expect(inbox.rejectedFiles.isEmpty)
        #expect(await daemon.stop() == .status(0))
    }
}
