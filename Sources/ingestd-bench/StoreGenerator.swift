import Crypto
import Dispatch
import Foundation
import IngestCore
import Synchronization

/// Builds large stores directly in the store's format (``ArticleRecord/jsonLine()``, so the
/// bytes are exactly what ingestd writes), for measuring restarts with 100,000 or 1,000,000
/// articles. A store is built once and cached under `<work>/stores/`, keyed by its size, a
/// format version and a fingerprint of the record format, so a change to either builds anew.
struct StoreGenerator: Sendable {
    /// Bump when the generated articles change.
    static let formatVersion = 2
    let generator: ArticleGenerator

    init(series: String = "store") {
        generator = ArticleGenerator(series: series)
    }

    /// Article `number` as ingestd would have stored it (ingested at a fixed, made-up time).
    func record(_ number: Int) -> ArticleRecord {
        let generated = generator.article(number)
        let article = Article(
            title: generated.title, authors: [generated.author],
            published: CalendarDate(year: generated.year, month: generated.month, day: generated.day),
            body: generated.body, language: "en",
            quotes: generated.quotes.map { Quote(speaker: $0.speaker, text: $0.text) }, format: .plainText)
        let seconds = 1_700_000_000 + number * 7
        return ArticleRecord(
            hash: ContentHash(title: generated.title, body: generated.body),
            source: "\(generator.series)-\(number).txt", folder: nil, article: article,
            ingestedAt: Timestamp.rfc3339(Date(timeIntervalSince1970: TimeInterval(seconds))))
    }

    /// The average length of the first `sample` records' lines, bytes.
    func averageLineBytes(sample: Int) -> Int {
        guard sample > 0 else { return 0 }
        return (0..<sample).map { record($0).jsonLine().count }.reduce(0, +) / sample
    }

    /// The cache key: size, format version, and the first hex digits of SHA-256 of record 0's line.
    func key(count: Int) -> String {
        let digest = SHA256.hash(data: record(0).jsonLine())
        let fingerprint = digest.prefix(6).map { String(format: "%02x", $0) }.joined()
        return "store-\(count)-v\(Self.formatVersion)-\(fingerprint)"
    }

    /// The path of a store of `count` articles under `cache`, built now if not cached yet.
    /// Older builds of the same size (another key) are removed.
    func cachedStore(count: Int, cache: String, progress: (String) -> Void) throws(BenchError) -> String {
        let key = key(count: count)
        let folder = cache + "/" + key
        let store = folder + "/articles.jsonl"
        if Files.exists(store) { return store }
        try Files.makeDirectories(cache)
        for stale in (try? Files.names(in: cache)) ?? [] where stale.hasPrefix("store-\(count)-") && stale != key {
            try Files.remove(cache + "/" + stale)
        }
        try Files.remove(folder)
        try Files.makeDirectories(folder)
        progress("building a store of \(count.grouped) articles in \(folder) (once; cached)")
        let partial = store + ".partial"
        let started = ContinuousClock.now
        try write(count: count, to: partial)
        try Files.rename(partial, to: store)
        progress(
            "built \(count.grouped) articles, \(Int((Files.size(store) ?? 0) >> 20).grouped) MiB, in \(String(format: "%.1f", (ContinuousClock.now - started).seconds)) s"
        )
        return store
    }

    /// Writes `count` records to `path`, in order, two threads making lines.
    func write(count: Int, to path: String) throws(BenchError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .system("open", path, errno: errno) }
        defer { close(fd) }
        let block = 10_000
        var start = 0
        while start < count {
            let end = min(start + block, count)
            let halves = LineHalves()
            let first = start
            let middle = (start + end) / 2
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                let range = part == 0 ? first..<middle : middle..<end
                var bytes: [UInt8] = []
                bytes.reserveCapacity(range.count * 4_500)
                for number in range { bytes += record(number).jsonLine() }
                halves.set(part, bytes)
            }
            for part in 0..<2 {
                let bytes = halves.get(part)
                var written = 0
                while written < bytes.count {
                    let result = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
                    guard result > 0 else { throw .system("write", path, errno: errno) }
                    written += result
                }
            }
            start = end
        }
        guard fsync(fd) == 0 else { throw .system("fsync", path, errno: errno) }
    }
}

/// The two halves of a block of store lines, made on two threads.
private final class LineHalves: Sendable {
    private let parts = Mutex<[[UInt8]]>([[], []])

    func set(_ index: Int, _ bytes: [UInt8]) {
        parts.withLock { $0[index] = bytes }
    }

    func get(_ index: Int) -> [UInt8] {
        parts.withLock { $0[index] }
    }
}
