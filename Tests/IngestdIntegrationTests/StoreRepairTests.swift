import Foundation
import Testing

/// A store left damaged by a crash (a torn last line) or by hand (a malformed line) is
/// repaired or reported at start, and the daemon goes on.
@Suite("Store repair at start")
struct StoreRepairTests {
    /// Stores articles `numbers` of `factory` in `inbox`'s store with `ingestd ingest`, and
    /// returns the store's bytes.
    private func ingestOneShot(_ numbers: [Int], _ factory: ArticleFactory, into inbox: TestInbox) async throws -> Data
    {
        let paths = try numbers.map { try inbox.stage(factory.article($0).data, as: "seed-\($0).txt") }
        let command = try await IngestdCommand.run(["ingest", "--store", inbox.store] + paths, in: inbox)
        try #require(command.exit == .status(0), "ingestd ingest failed: \(command.stdout)\(command.stderr)")
        return try #require(FileManager.default.contents(atPath: inbox.store))
    }

    @Test("a torn last line is cut off into articles.jsonl.torn-*, with a warning; the 2 good lines stay")
    func tornTail() async throws {
        let factory = ArticleFactory(series: "torn")
        let inbox = try TestInbox()
        let good = try await ingestOneShot([1, 2], factory, into: inbox)
        #expect(StoredRecord.lineCount(at: inbox.store) == 2)
        // The first half of a real third line, as a crash mid-write leaves it.
        let scratch = try TestInbox()
        let third = try await ingestOneShot([3], factory, into: scratch)
        let torn = third.prefix(third.count / 2)
        try inbox.write(good + torn, to: inbox.store)

        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }

        #expect(FileManager.default.contents(atPath: inbox.store) == good)
        let sideFiles = try FileManager.default.contentsOfDirectory(atPath: inbox.data)
            .filter { $0.hasPrefix("articles.jsonl.torn-") }
        try #require(sideFiles.count == 1, "side files: \(sideFiles)")
        #expect(FileManager.default.contents(atPath: inbox.data + "/" + sideFiles[0]) == torn)
        #expect(daemon.logLines(containing: "torn").contains { $0.contains("warning") && $0.contains(sideFiles[0]) })

        try inbox.drop(factory.article(4).data, as: "after.txt")
        #expect(await waitUntil(timeout: .seconds(15)) { inbox.processedFiles == ["after.txt"] })
        #expect(try inbox.records().count == 3)
        #expect(await daemon.stop() == .status(0))
    }

    @Test("a malformed line in the middle is kept and reported; the daemon still indexes and ingests")
    func malformedLine() async throws {
        let factory = ArticleFactory(series: "malformed")
        let inbox = try TestInbox()
        let good = try await ingestOneShot([1, 2], factory, into: inbox)
        let lines = good.split(separator: UInt8(ascii: "\n"))
        try #require(lines.count == 2)
        let damaged = Data((lines[0] + Array("\nthis line is not an article {\n".utf8) + lines[1] + [0x0A]))
        try inbox.write(damaged, to: inbox.store)

        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }
        #expect(daemon.logLines(containing: "malformed").contains { $0.contains("warning") && $0.contains("2") })

        // Article 2 stands after the malformed line: it must still be known.
        try inbox.drop(factory.article(2).data, as: "again.txt")
        try inbox.drop(factory.article(3).data, as: "new.txt")
        #expect(await waitUntil(timeout: .seconds(15)) { inbox.processedFiles == ["again.txt", "new.txt"] })
        #expect(daemon.logLines(containing: "duplicate:").contains { $0.contains("again.txt") })
        let store = try #require(FileManager.default.contents(atPath: inbox.store))
        #expect(store.prefix(damaged.count) == damaged, "the store's old lines were rewritten")
        #expect(StoredRecord.lineCount(at: inbox.store) == 4)
        #expect(daemon.log.contains("line 2") || daemon.log.contains("lines 2"), "the report must say which line")
        #expect(daemon.isRunning)
        #expect(await daemon.stop() == .status(0))
    }
}
