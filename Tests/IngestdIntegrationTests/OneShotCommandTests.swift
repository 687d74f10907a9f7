import Foundation
import Testing

/// `ingestd ingest FILE…`, `--help` and `--version`.
@Suite("One-shot commands")
struct OneShotCommandTests {
    @Test("ingest: one line per file, exit 1 when any is rejected, files left where they are")
    func ingestWithRejection() async throws {
        let factory = ArticleFactory(series: "one-shot")
        let inbox = try TestInbox()
        let good = try inbox.stage(factory.article(1).data, as: "good.txt")
        let copy = try inbox.stage(factory.article(1).data, as: "copy.txt")
        let binary = try inbox.stage(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]), as: "image.png")

        let result = try await IngestdCommand.run(["ingest", "--store", inbox.store, good, copy, binary], in: inbox)

        #expect(result.exit == .status(1))
        let lines = result.stdout.split(separator: "\n")
        try #require(lines.count == 3, "stdout: \(result.stdout)")
        #expect(lines[0].hasPrefix("ingested") && lines[0].contains(good))
        #expect(lines[1].hasPrefix("duplicate") && lines[1].contains(copy))
        #expect(lines[2].hasPrefix("rejected") && lines[2].contains(binary) && lines[2].contains("binary"))
        for path in [good, copy, binary] { #expect(FileManager.default.fileExists(atPath: path), "\(path) moved") }
        let records = try inbox.records()
        #expect(records.map(\.source) == ["good.txt"])
        #expect(records.first?.keys == StoredRecord.keyOrder)
    }

    @Test("ingest: exit 0 when every file is ingested or a duplicate")
    func ingestWithoutRejection() async throws {
        let factory = ArticleFactory(series: "one-shot-ok")
        let inbox = try TestInbox()
        let paths = try (1...2).map { try inbox.stage(factory.article($0).data, as: "a\($0).txt") }

        let first = try await IngestdCommand.run(["ingest", "--store", inbox.store] + paths, in: inbox)
        #expect(first.exit == .status(0), "stdout: \(first.stdout) stderr: \(first.stderr)")
        #expect(first.stdout.split(separator: "\n").map { $0.hasPrefix("ingested") } == [true, true])

        let again = try await IngestdCommand.run(["ingest", "--store", inbox.store] + paths, in: inbox)
        #expect(again.exit == .status(0))
        #expect(again.stdout.split(separator: "\n").map { $0.hasPrefix("duplicate") } == [true, true])
        #expect(try inbox.records().count == 2)
        for path in paths { #expect(FileManager.default.fileExists(atPath: path)) }
    }

    @Test("--help of run and ingest has an example", arguments: ["run", "ingest"])
    func helpHasExample(_ subcommand: String) async throws {
        let inbox = try TestInbox()
        let result = try await IngestdCommand.run([subcommand, "--help"], in: inbox)
        #expect(result.exit == .status(0))
        #expect(result.stdout.contains("Example"), "help: \(result.stdout)")
        #expect(result.stdout.contains("--inbox") || result.stdout.contains("--store"))
    }

    @Test("--version prints a version number")
    func version() async throws {
        let inbox = try TestInbox()
        let result = try await IngestdCommand.run(["--version"], in: inbox)
        #expect(result.exit == .status(0))
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).wholeMatch(of: /\d+\.\d+\.\d+\S*/) != nil)
    }
}
