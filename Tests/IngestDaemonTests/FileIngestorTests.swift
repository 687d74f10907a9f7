import Foundation
import IngestCore
import IngestDaemon
import Testing

@Suite("Examining one dropped file")
struct FileIngestorTests {
    private let root = NSTemporaryDirectory() + "ingestd-examine-" + UUID().uuidString
    private let ingestor = FileIngestor(extractor: ArticleExtractor(minimumBodyLength: 20), maxFileSize: 1024)

    private func rule(_ name: String) -> Rejection.Rule? {
        if case .rejected(let rejection) = ingestor.examine(root + "/" + name, now: Date()) { return rejection.rule }
        return nil
    }

    @Test func refusesWhatIsNotARegularFileWithoutBlocking() throws {
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "A title\n\nA body long enough to be an article.".write(
            toFile: root + "/target.txt", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: root + "/link.txt", withDestinationPath: root + "/target.txt")
        #expect(mkfifo(root + "/pipe", 0o644) == 0)
        try String(repeating: "x", count: 2000).write(toFile: root + "/big.txt", atomically: false, encoding: .utf8)

        #expect(rule("link.txt") == .symlink)
        #expect(rule("pipe") == .notRegularFile)
        #expect(rule("big.txt") == .tooLarge)
        if case .article(let extracted) = ingestor.examine(root + "/target.txt", now: Date()) {
            #expect(extracted.article.title == "A title")
        } else {
            Issue.record("a good file was not read as an article")
        }
        if case .vanished = ingestor.examine(root + "/gone.txt", now: Date()) {
        } else {
            Issue.record("a missing file is not reported as vanished")
        }
    }
}

@Suite("Retry backoff")
struct RetryBackoffTests {
    @Test func doublesUpToFiveMinutes() {
        let delays = (1...12).map { RetryBackoff.delay(afterFailures: $0) }
        #expect(delays.prefix(4) == [.seconds(1), .seconds(2), .seconds(4), .seconds(8)])
        #expect(delays.last == .seconds(300))
        #expect(delays == delays.sorted())
    }
}
