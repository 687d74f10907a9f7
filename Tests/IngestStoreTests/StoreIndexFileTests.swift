import Foundation
import IngestCore
import SimilarityIndex
import Testing

@testable import IngestStore

@Suite("The store's index file")
struct StoreIndexFileTests {
    private func record(_ number: Int) -> ArticleRecord {
        let body = "Body of indexed article number \(number), long enough to be a body \u{2019}quoted\u{2019}.\n\nTwo."
        return ArticleRecord(
            hash: ContentHash(title: "Title \(number)", body: body), source: "a\(number).txt", folder: nil,
            article: Article(title: "Title \(number)", author: nil, published: nil, body: body),
            ingestedAt: "2026-11-21T05:02:30.000Z")
    }

    /// Stores articles `range` in one commit, each with its number as fingerprint (which no
    /// body would get from MinHash: a fingerprint read back this way came from the index file).
    private func store(_ range: ClosedRange<Int>, at path: String) throws {
        let store = try ArticleStore(path: path)
        for number in range {
            let probe = SimilarityProbe(shingles: ShingleSet(record(number).article.body), fingerprint: UInt64(number))
            store.stage(record(number), probe: probe)
        }
        try store.commit()
    }

    @Test func aRestartReadsTheIndexFileInsteadOfTheStore() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/articles.jsonl"
        try store(1...50, at: path)
        let first = try ArticleStore(path: path)
        #expect(first.openReport.indexSource == .indexFile(covered: 50, scanned: 0))
        #expect(first.count == 50)
        #expect(first.contains(record(37).hash))
        #expect(!first.stage(record(50)))
        #expect(first.stage(record(51)))
    }

    @Test func theIndexFileCanBeBroughtUpToDateAfterTheCommit() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/articles.jsonl"
        do {
            let store = try ArticleStore(path: path)
            for number in 1...5 { store.stage(record(number)) }
            try store.commitWithoutIndexFile()
            store.stage(record(6))
            // Staged but not committed: the index file must cover only the five durable lines.
            store.updateIndexFile()
        }
        do {
            let reopened = try ArticleStore(path: path)
            #expect(reopened.openReport.indexSource == .indexFile(covered: 5, scanned: 0))
            #expect(!reopened.contains(record(6).hash))
            reopened.stage(record(7))
            try reopened.commitWithoutIndexFile()
            // Never brought up to date: the next start reads the uncovered line from the store.
        }
        let again = try ArticleStore(path: path)
        #expect(again.openReport.indexSource == .indexFile(covered: 5, scanned: 1))
        #expect(again.contains(record(7).hash))
    }

    @Test func linesWrittenBehindItsBackAreScannedAndThenCovered() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/articles.jsonl"
        try store(1...10, at: path)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(record(11).jsonLine() + record(12).jsonLine()))
        try handle.close()
        do {
            let reopened = try ArticleStore(path: path)
            #expect(reopened.openReport.indexSource == .indexFile(covered: 10, scanned: 2))
            #expect(reopened.contains(record(12).hash))
        }
        let again = try ArticleStore(path: path)
        #expect(again.openReport.indexSource == .indexFile(covered: 12, scanned: 0))
    }

    @Test func aDamagedIndexFileIsRebuiltFromTheStore() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/articles.jsonl"
        try store(1...20, at: path)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path + ".index")))
        bytes[StoreIndexFile.headerSize + 5 * StoreIndexFile.entrySize + 3] ^= 0x40
        try Data(bytes).write(to: URL(fileURLWithPath: path + ".index"))
        do {
            let reopened = try ArticleStore(path: path)
            guard case .scan(let reason) = reopened.openReport.indexSource else {
                Issue.record("a damaged index file was trusted")
                return
            }
            #expect(reason.contains("checksum"))
            #expect(reopened.count == 20)
            #expect(reopened.contains(record(6).hash))
        }
        let again = try ArticleStore(path: path)
        #expect(again.openReport.indexSource == .indexFile(covered: 20, scanned: 0))
    }

    @Test func anIndexFileForAnotherStoreIsNotUsed() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/articles.jsonl"
        try store(1...5, at: path)
        // The store replaced by another, longer one (a restore from backup); the file system
        // may well give it the old inode number.
        try store(101...110, at: folder.path + "/other.jsonl")
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.copyItem(atPath: folder.path + "/other.jsonl", toPath: path)
        let reopened = try ArticleStore(path: path)
        guard case .scan = reopened.openReport.indexSource else {
            Issue.record("an index file for another store was trusted")
            return
        }
        #expect(reopened.count == 10)
        #expect(reopened.contains(record(105).hash))
        #expect(!reopened.contains(record(3).hash))
    }

    @Test func aStoreCutShortInPlaceIsScannedAgain() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/articles.jsonl"
        try store(1...5, at: path)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(truncate(path, off_t(size - 10)) == 0)
        let reopened = try ArticleStore(path: path)
        guard case .scan = reopened.openReport.indexSource else {
            Issue.record("an index file covering more than the store was trusted")
            return
        }
        #expect(reopened.count == 4)
        #expect(!reopened.contains(record(5).hash), "the cut article must be storable again")
    }

    @Test func fingerprintsSurviveARestartAndAreComputedForScannedLines() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/articles.jsonl"
        try store(1...3, at: path)
        try FileManager.default.removeItem(atPath: path + ".index")
        let rebuilt = try ArticleStore(path: path)
        #expect(rebuilt.fingerprints == (1...3).map { MinHashFingerprint.fingerprint(of: record($0).article.body) })
    }

    @Test func fingerprintsStagedAreKeptInTheIndexFile() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/articles.jsonl"
        try store(1...4, at: path)
        let reopened = try ArticleStore(path: path)
        #expect(reopened.fingerprints == [1, 2, 3, 4], "read from the index file, not computed again")
    }

    /// A stop asked for while the whole store is read (no index file) ends the open: the store
    /// is left as it was and no index file is written, so the next start reads it again.
    @Test func aStopDuringAFullReadChangesNothing() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/articles.jsonl"
        let paragraph = String(repeating: "Words of a long stored article, read back at open. ", count: 90)
        var text: [UInt8] = []
        for number in 0..<2_000 {
            let body = "Article \(number). " + paragraph
            text += ArticleRecord(
                hash: ContentHash(title: nil, body: body), source: "a\(number).txt", folder: nil,
                article: Article(title: nil, author: nil, published: nil, body: body), ingestedAt: "t"
            ).jsonLine()
        }
        try Data(text).write(to: URL(fileURLWithPath: path))
        #expect(text.count >= Int(ParallelStoreScan.minimumPartBytes), "long enough to be read in parts")

        var reports: [StoreReadProgress] = []
        do {
            _ = try ArticleStore(path: path, progress: { reports.append($0) }, shouldStop: { true })
            Issue.record("the open was not stopped")
        } catch {
            guard case .openStopped(let store) = error else { throw error }
            #expect(store == path)
        }
        // A read that ends is reported at its full size: this one never was.
        #expect(!reports.isEmpty && reports.allSatisfy { $0.bytesRead < $0.bytesToRead }, "\(reports)")
        #expect(try folder.names() == ["articles.jsonl", "articles.jsonl.lock"])
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == text)
        let reopened = try ArticleStore(path: path)
        #expect(reopened.count == 2_000)
    }

    @Test func theBodyIsReadBackFromAStoredLineExactly() {
        let body = "Line \"one\"\n\ttab \\ back é ‘curly’ \u{1F600} \u{07}"
        let line = ArticleRecord(
            hash: ContentHash(title: nil, body: body), source: "x", folder: nil,
            article: Article(title: nil, author: nil, published: nil, body: body), ingestedAt: "t"
        ).jsonLine().dropLast()
        #expect(StoredLine.body(in: line[...]) == body)
        #expect(StoredLine.body(in: Array("{\"body\":\"\\ud83d\\ude00\"}".utf8)[...]) == nil, "no leading comma")
        #expect(StoredLine.body(in: Array("{\"a\":1,\"body\":\"\\ud83d\\ude00 \\u00e9\"}".utf8)[...]) == "\u{1F600} é")
    }

    /// A body that never closes, or holds a broken escape, is read as none; escapes in and after it are read right.
    @Test func aBrokenBodyIsNone() {
        func body(_ text: String) -> String? { StoredLine.body(in: Array(text.utf8)[...]) }
        #expect(body("{\"a\":1,\"body\":\"no closing quote") == nil)
        #expect(body("{\"a\":1,\"body\":\"ends in \\") == nil)
        #expect(body("{\"a\":1,\"body\":\"short \\u00e\"}") == nil)
        #expect(body("{\"a\":1,\"body\":\"bad \\u00zz\"}") == nil)
        #expect(body("{\"a\":1,\"body\":\"\"}") == "")
        #expect(body("{\"a\":1,\"body\":\"a\\/b\\\"c\",\"x\":\"d\"}") == "a/b\"c")
    }
}
