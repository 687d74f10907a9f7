import Foundation
import Testing

/// Trouble that may pass (here a full disk under the store) is never the file's fault: it
/// stays in the inbox and is retried until it goes in.
@Suite("Temporary failures")
struct TemporaryFailureTests {
    @Test("a full store disk leaves the file in the inbox; once there is room, a retry ingests it")
    func fullDiskIsRetried() async throws {
        let factory = ArticleFactory(series: "full-disk")
        let inbox = try TestInbox()
        let mountPoint = inbox.root + "/small-disk"
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        let disk = try TmpfsMount(at: mountPoint, size: "16k")
        defer { disk.unmount() }
        inbox.store = mountPoint + "/articles.jsonl"
        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }

        var deferred: String?
        for number in 1...20 {
            let name = "article-\(number).txt"
            try inbox.drop(factory.article(number).data, as: name)
            try #require(
                await waitUntil(timeout: .seconds(15)) {
                    inbox.processedFiles.contains(name) || inbox.rejectedFiles.contains(name)
                        || daemon.log.contains("cannot ingest \(name) yet")
                }, "\(name) was neither ingested, rejected nor deferred; log:\n\(daemon.log)")
            if !inbox.processedFiles.contains(name) {
                deferred = name
                break
            }
        }
        let name = try #require(deferred, "the 16 KiB store disk never filled up")
        let storedBefore = try inbox.records().count
        #expect(storedBefore >= 1)
        #expect(daemon.logLines(containing: "cannot ingest \(name) yet").contains { $0.contains("stays in the inbox") })

        try await Task.sleep(for: .milliseconds(1500))
        #expect(inbox.inboxFiles == [name], "the file must wait in the inbox")
        #expect(inbox.rejectedFiles.isEmpty, "a full disk is not the file's fault")

        try disk.resize(to: "4M")
        #expect(
            await waitUntil(timeout: .seconds(30), every: .milliseconds(200)) { inbox.processedFiles.contains(name) },
            "not retried within 30 s; log:\n\(daemon.log)")
        let records = try inbox.records()
        #expect(records.count == storedBefore + 1)
        #expect(records.last?.source == name)
        #expect(inbox.inboxFiles.isEmpty)
        #expect(await daemon.stop() == .status(0))
    }
}
