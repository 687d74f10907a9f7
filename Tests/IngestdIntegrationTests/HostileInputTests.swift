import Foundation
import Glibc
import Testing

/// Hostile inputs dropped into a running daemon: each is rejected with the right rule and a
/// reason, nothing outside the inbox is touched, and a good file dropped after it is ingested.
@Suite("Hostile inputs")
struct HostileInputTests {
    @Test(
        "is rejected with the right rule, and a good file after it is still ingested", arguments: HostileInput.allCases)
    func rejected(_ input: HostileInput) async throws {
        let factory = ArticleFactory(series: "hostile-\(input.name)")
        let inbox = try TestInbox()
        if input.user == .nobody { try Ownership.giveToNobody([inbox.inbox, inbox.data]) }
        if input == .tooLarge { #expect(factory.article(1).data.count > 2_000) }
        let daemon = try await DaemonProcess.start(inbox, arguments: input.daemonArguments, user: input.user)
        defer { daemon.kill() }

        try input.drop(into: inbox, factory)
        #expect(
            await waitUntil(timeout: .seconds(15)) { inbox.rejectedFiles == [input.name] },
            "\(input) was not rejected; inbox: \(inbox.inboxFiles), log:\n\(daemon.log)")
        let reason = try inbox.reason(forRejected: input.name)
        #expect(reason.rule == input.rule)
        #expect(reason.reason.contains(input.reasonMentions), "reason: \(reason.reason)")
        #expect(reason.file == input.name && reason.source == input.name)
        #expect(!reason.advice.isEmpty)
        // The input is moved first and the entry written after: on a busy machine the line
        // can trail the move by a moment.
        #expect(
            await waitUntil(timeout: .seconds(5)) {
                daemon.logLines(containing: "rejected").contains { $0.contains(input.rule) }
            }, "no rejection entry naming \(input.rule); log:\n\(daemon.log)")

        let good = input.goodArticle(factory)
        if input == .tooLarge { try #require(good.data.count < 1_024) }
        try inbox.drop(good.data, as: "good.txt")
        #expect(
            await waitUntil(timeout: .seconds(15)) { inbox.processedFiles == ["good.txt"] },
            "the good file after \(input) was not ingested; log:\n\(daemon.log)")
        let records = try inbox.records()
        #expect(records.map(\.source) == ["good.txt"])
        #expect(inbox.inboxFiles.isEmpty)
        try checkAftermath(of: input, in: inbox, records: records)
        #expect(await daemon.stop() == .status(0))
    }

    @Test("a name too long to have a .reason.json beside it is still rejected, and the daemon goes on")
    func longNameIsRejected() async throws {
        let inbox = try TestInbox()
        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }
        // 250 bytes is a legal name; with ".reason.json" it is over NAME_MAX (255).
        let name = String(repeating: "n", count: 246) + ".txt"
        try inbox.drop(Data(), as: name)

        #expect(await waitUntil(timeout: .seconds(5)) { inbox.rejectedFiles.count == 1 })
        let reason = try inbox.reason(forRejected: try #require(inbox.rejectedFiles.first))
        #expect(reason.rule == "empty")
        #expect(reason.source == name, "the reason keeps the original name")
        try inbox.drop(ArticleFactory(series: "long-name").article(1).data, as: "good.txt")
        #expect(await waitUntil(timeout: .seconds(15)) { inbox.processedFiles == ["good.txt"] })
        #expect(await daemon.stop() == .status(0))
    }

    /// What each input must have left behind, beyond its rejection.
    private func checkAftermath(of input: HostileInput, in inbox: TestInbox, records: [StoredRecord]) throws {
        let rejected = inbox.rejected + "/" + input.name
        var status = stat()
        try #require(lstat(rejected, &status) == 0)
        switch input {
        case .symlinkOutside, .symlinkToFolder:
            #expect(status.st_mode & S_IFMT == S_IFLNK, "the link itself is what moves to rejected/")
            #expect(TestInbox.files(under: inbox.root + "/outside") == ["target.txt"])
            let target = HostileInput.linkTarget(in: inbox)
            let original = ArticleFactory(series: "hostile-\(input.name)").article(1)
            #expect(FileManager.default.contents(atPath: target) == original.data, "the link's target was changed")
            #expect(!records.contains { $0.body == original.body }, "the link was followed")
        case .fifo:
            #expect(status.st_mode & S_IFMT == S_IFIFO)
        case .unreadable:
            #expect(status.st_mode & 0o777 == 0 && status.st_uid == 0, "the file was changed, not just moved")
        default:
            #expect(status.st_mode & S_IFMT == S_IFREG)
        }
    }
}
