import Foundation
import IngestCore
import IngestStore
import Logging
import Testing

@testable import IngestDaemon

@Suite("The ingest loop's batches")
struct IngestLoopTests {
    private let root = NSTemporaryDirectory() + "ingestd-loop-" + UUID().uuidString

    private func article(_ number: Int) -> String {
        let sentence = (1...30).map { "word\(number)x\($0)" }.joined(separator: " ")
        return "Report number \(number)\n\nBy Ada Lovelace\n\n\(sentence).\n\n\(sentence) again.\n"
    }

    @Test func filesReportedAgainWhileTheirBatchIsInFlightAreReadOnce() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/inbox", withIntermediateDirectories: true)
        let names = (0..<(IngestLoop.batchLimit * 2)).map { "article-\($0).txt" }
        for (number, name) in names.enumerated() {
            try article(number).write(toFile: root + "/inbox/" + name, atomically: false, encoding: .utf8)
        }
        let loop = IngestLoop(
            store: try ArticleStore(path: root + "/articles.jsonl"),
            disposer: InputDisposer(
                inbox: root + "/inbox", processed: root + "/processed", rejected: root + "/rejected"),
            ingestor: FileIngestor(extractor: ArticleExtractor(minimumBodyLength: 80), maxFileSize: 1 << 20),
            report: IngestReport(logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })),
            nearDuplicateThreshold: 0.8)
        loop.enqueue(names)
        loop.processBatch { false }
        // The first batch is done and the second is being examined: a rescan reports it again,
        // and the files would be read a second time while their first reading is being stored.
        loop.enqueue(Array(names[IngestLoop.batchLimit...]))
        while loop.hasWork { loop.processBatch { false } }
        #expect(loop.counters.ingested == names.count)
        #expect(loop.counters.duplicates == 0, "a file in flight was read a second time")
        #expect(loop.storedCount == names.count)
        let left = try FileManager.default.contentsOfDirectory(atPath: root + "/inbox")
        #expect(left.isEmpty)
    }

    @Test func fingerprintsWaitOutsideTheIndexInProportionToItsSize() {
        #expect(IngestLoop.recentFingerprintLimit(indexed: 0) == IngestLoop.batchLimit)
        #expect(IngestLoop.recentFingerprintLimit(indexed: 100_000) == 781)
        #expect(IngestLoop.recentFingerprintLimit(indexed: 1_000_000) == 4096)
    }
}
