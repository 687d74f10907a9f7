import Foundation
import Glibc
import IngestCore
import Synchronization
import SystemPackage
import Testing

@testable import IngestStore

/// A store read in parts on several threads gives exactly what one scan gives: the same
/// articles in the same order, the same line numbers for malformed lines, the same torn tail.
@Suite("Scanning the store on every core")
struct ParallelStoreScanTests {
    /// A store file of `articles` records (their bodies of different lengths, or of `phrases`
    /// phrases each), with a malformed line every 97th, blank lines, and `tail` after the last
    /// newline.
    private func storeText(articles: Int, tail: String = "", phrases: Int? = nil) -> String {
        var text = ""
        for number in 1...articles {
            let body =
                "Article \(number): "
                + String(repeating: "words \u{2019}quoted\u{2019} and more ", count: phrases ?? number % 13 + 1)
            let record = ArticleRecord(
                hash: ContentHash(title: "Title \(number)", body: body), source: "a\(number).txt", folder: nil,
                article: Article(title: "Title \(number)", author: nil, published: nil, body: body),
                ingestedAt: "2026-12-03T07:00:00.000Z")
            text += String(decoding: record.jsonLine(), as: UTF8.self)
            if number % 97 == 0 { text += "not a record \(number)\n" }
            if number % 101 == 0 { text += "\n" }
        }
        return text + tail
    }

    /// The fingerprint the store computes: its body's length, cheap and different per article.
    private static let fingerprint: @Sendable (ArraySlice<UInt8>) -> UInt64 = { line in
        UInt64(StoredLine.body(in: line)?.utf8.count ?? 0)
    }

    private func scans(
        of text: String, from start: Int64 = 0, firstLine: Int = 1, threads: Int, minimumPartBytes: Int64
    ) throws -> (single: StoreScanner.Result, parallel: StoreScanner.Result) {
        let folder = try TemporaryDirectory()
        try folder.write("articles.jsonl", text)
        let path = folder.path + "/articles.jsonl"
        let descriptor = try FileDescriptor.open(path, .readOnly)
        defer { try? descriptor.close() }
        let single = try StoreScanner.scan(
            descriptor, path: path, from: start, firstLine: firstLine, fingerprint: Self.fingerprint)
        let parallel = try #require(
            try ParallelStoreScan.scan(
                descriptor, path: path, from: start, firstLine: firstLine, threads: threads,
                minimumPartBytes: minimumPartBytes, fingerprint: Self.fingerprint))
        return (single, parallel)
    }

    private func expectSame(_ a: StoreScanner.Result, _ b: StoreScanner.Result) {
        #expect(a.hashes == b.hashes)
        #expect(a.offsets == b.offsets)
        #expect(a.fingerprints == b.fingerprints)
        #expect(a.lines == b.lines)
        #expect(a.malformedLines == b.malformedLines)
        #expect(a.malformedCount == b.malformedCount)
        #expect(a.completeSize == b.completeSize)
        #expect(a.tornTail == b.tornTail)
    }

    @Test(arguments: [2, 3, 8])
    func partsJoinToWhatOneScanFinds(threads: Int) throws {
        let text = storeText(articles: 3_000, tail: "{\"id\":\"torn by a cra")
        let (single, parallel) = try scans(of: text, threads: threads, minimumPartBytes: 4_096)
        #expect(single.hashes.count == 3_000)
        #expect(single.malformedCount == 30)
        #expect(single.malformedLines.count == StoreScanner.reportedMalformedLines)
        #expect(single.tornTail == Array("{\"id\":\"torn by a cra".utf8))
        expectSame(single, parallel)
    }

    /// From an offset the index file covers up to, with the line number it gives.
    @Test func aTailFromAnOffsetIsNumberedOn() throws {
        let text = storeText(articles: 1_000)
        let start = ParallelStoreScanTests.offset(ofLine: 400, in: text)
        let (single, parallel) = try scans(of: text, from: start, firstLine: 400, threads: 2, minimumPartBytes: 4_096)
        #expect(single.hashes.count > 500)
        #expect(single.malformedLines.first.map { $0 > 400 } == true)
        expectSame(single, parallel)
    }

    /// A short stretch stays on the calling thread; a line longer than a part's share takes
    /// the cut after it along (two parts become one), and the result is still the same.
    @Test func shortStretchesAndLongLinesScanTheSame() throws {
        let small = try scans(of: storeText(articles: 20), threads: 4, minimumPartBytes: 8 << 20)
        expectSame(small.single, small.parallel)
        let long =
            storeText(articles: 1) + "{\"sha256\":\"" + String(repeating: "x", count: 200_000) + "\n"
            + storeText(articles: 2)
        let (single, parallel) = try scans(of: long, threads: 4, minimumPartBytes: 1_000)
        #expect(single.hashes.count == 3)
        #expect(single.malformedCount == 1)
        expectSame(single, parallel)
    }

    /// The calling thread reports the bytes read at once and then every interval while the parts
    /// are read; a stretch read on the calling thread is not reported.
    @Test func progressIsReportedAtOnceAndThenEveryInterval() throws {
        let folder = try TemporaryDirectory()
        let text = storeText(articles: 2_000)
        try folder.write("articles.jsonl", text)
        let path = folder.path + "/articles.jsonl"
        let descriptor = try FileDescriptor.open(path, .readOnly)
        defer { try? descriptor.close() }
        var reports: [Int64] = []
        let slowly: @Sendable (ArraySlice<UInt8>) -> UInt64 = { line in
            usleep(300)
            return Self.fingerprint(line)
        }
        let result = try ParallelStoreScan.scan(
            descriptor, path: path, from: 0, firstLine: 1, threads: 2, minimumPartBytes: 4_096,
            reportEvery: .milliseconds(20), progress: { reports.append($0) }, fingerprint: slowly)
        #expect(result?.hashes.count == 2_000)
        #expect(reports.first == 0)
        #expect(reports.count >= 3, "\(reports)")
        #expect(reports == reports.sorted(), "never backwards")
        #expect(reports.allSatisfy { $0 <= Int64(text.utf8.count) })

        var quiet: [Int64] = []
        _ = try ParallelStoreScan.scan(
            descriptor, path: path, from: 0, firstLine: 1, threads: 2, minimumPartBytes: 8 << 20,
            reportEvery: .milliseconds(1), progress: { quiet.append($0) }, fingerprint: slowly)
        #expect(quiet.isEmpty)
    }

    /// A stop asked for during the read ends it early: the scan returns nothing, reports no
    /// progress after the stop, and most lines were never read.
    @Test func aStopEndsTheReadEarly() throws {
        let folder = try TemporaryDirectory()
        // About 9 MiB: each part has several 1 MiB chunks, and a part stops at its next chunk.
        try folder.write("articles.jsonl", storeText(articles: 2_000, phrases: 150))
        let path = folder.path + "/articles.jsonl"
        let descriptor = try FileDescriptor.open(path, .readOnly)
        defer { try? descriptor.close() }
        let fingerprinted = Mutex(0)
        var stopSaid = false
        var reportedAfterTheStop = 0
        let result = try ParallelStoreScan.scan(
            descriptor, path: path, from: 0, firstLine: 1, threads: 2, minimumPartBytes: 4_096,
            reportEvery: .milliseconds(1), progress: { _ in if stopSaid { reportedAfterTheStop += 1 } },
            shouldStop: {
                stopSaid = stopSaid || fingerprinted.withLock { $0 } >= 50
                return stopSaid
            },
            fingerprint: { line in
                usleep(1_000)
                fingerprinted.withLock { $0 += 1 }
                return Self.fingerprint(line)
            })
        #expect(result == nil)
        #expect(reportedAfterTheStop == 0, "no progress once stopped: nobody is told to wait longer")
        // Each part ends the chunk in hand (about 260 lines of 3.9 KiB), then stops.
        let read = fingerprinted.withLock { $0 }
        #expect(read < 1_000, "\(read) of 2,000 lines read in all")
    }

    @Test func aLineStartIsTheFirstAfterANewline() throws {
        let folder = try TemporaryDirectory()
        try folder.write("s", "ab\ncd\nef")
        let path = folder.path + "/s"
        let descriptor = try FileDescriptor.open(path, .readOnly)
        defer { try? descriptor.close() }
        func start(_ offset: Int64) throws -> Int64 {
            try ParallelStoreScan.lineStart(atOrAfter: offset, in: descriptor, path: path, size: 8)
        }
        #expect(try start(0) == 0)
        #expect(try start(1) == 3)
        #expect(try start(3) == 3, "a line starts right there")
        #expect(try start(4) == 6)
        #expect(try start(7) == 8, "no line starts after the last newline")
    }

    /// The byte offset where 1-based line `number` starts.
    private static func offset(ofLine number: Int, in text: String) -> Int64 {
        var line = 1
        for (index, byte) in text.utf8.enumerated() where line < number && byte == UInt8(ascii: "\n") {
            line += 1
            if line == number { return Int64(index + 1) }
        }
        return 0
    }
}
