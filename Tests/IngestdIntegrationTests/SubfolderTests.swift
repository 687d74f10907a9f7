import Foundation
import Testing

/// Subfolders of the inbox: kept in the record and below `processed/`, watched as soon as
/// they appear, whether made in place or moved in whole.
@Suite("Subfolders")
struct SubfolderTests {
    @Test("a file dropped in inbox/iran/2026/ is stored with folder \"iran/2026\" and kept in that folder")
    func nestedFolder() async throws {
        let article = ArticleFactory(series: "subfolder").article(1)
        let inbox = try TestInbox()
        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }

        try FileManager.default.createDirectory(
            atPath: inbox.inbox + "/iran/2026", withIntermediateDirectories: true)
        try inbox.drop(article.data, as: "iran/2026/defections.txt")

        #expect(await waitUntil(timeout: .seconds(15)) { inbox.processedFiles == ["iran/2026/defections.txt"] })
        let records = try inbox.records()
        try #require(records.count == 1)
        #expect(records[0].folder == "iran/2026")
        #expect(records[0].source == "defections.txt")
        #expect(records[0].line.contains(#""folder":"iran/2026""#))
        #expect(inbox.inboxFiles.isEmpty)
        #expect(await daemon.stop() == .status(0))
    }

    @Test("a folder of three files made elsewhere and renamed into the inbox is ingested whole")
    func folderMovedIn() async throws {
        let factory = ArticleFactory(series: "moved-folder")
        let inbox = try TestInbox()
        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }

        let folder = inbox.staging + "/week-12"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for number in 1...3 { try inbox.write(factory.article(number).data, to: folder + "/article-\(number).txt") }
        try inbox.rename(folder, to: inbox.inbox + "/week-12")

        let expected = (1...3).map { "week-12/article-\($0).txt" }
        #expect(await waitUntil(timeout: .seconds(15)) { inbox.processedFiles == expected })
        let records = try inbox.records()
        #expect(records.count == 3)
        #expect(records.allSatisfy { $0.folder == "week-12" })
        #expect(Set(records.map(\.source)) == ["article-1.txt", "article-2.txt", "article-3.txt"])
        #expect(await daemon.stop() == .status(0))
    }

    @Test("files renamed into nested folders the instant the folders are made: none is missed")
    func filesRaceNewFolders() async throws {
        let count = 1_000
        let inbox = try TestInbox()
        let names = try inbox.stageArticles(count, from: ArticleFactory(series: "new-folders"))
        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }

        // Each file lands while the daemon may be between listing its new folder and watching it.
        var expected: [String] = []
        for (number, name) in names.enumerated() {
            let folder = "batch-\(number)/day/hour"
            try FileManager.default.createDirectory(
                atPath: inbox.inbox + "/" + folder, withIntermediateDirectories: true)
            try inbox.rename(inbox.staging + "/" + name, to: inbox.inbox + "/" + folder + "/" + name)
            expected.append(folder + "/" + name)
        }

        #expect(
            await waitUntil(timeout: .seconds(60), every: .milliseconds(250)) { inbox.processedFiles.count == count },
            "missed (until the next periodic rescan): \(inbox.inboxFiles)")
        #expect(inbox.processedFiles == expected.sorted())
        #expect(try inbox.records().count == count)
        #expect(await daemon.stop() == .status(0))
    }
}
