import Foundation
import Glibc
import IngestCore
import SimilarityIndex

/// The CPU one file's content costs on one thread, in this process, with the file already in
/// memory: extraction (decode, parse, quotes, language, hash), the near-duplicate shingles and
/// fingerprint, and the store line.
///
/// The burst is bound by the CPU on two cores, and this work is about half of what the daemon
/// spends per file (by a profile); here it is measured without the disk, the daemon's threads
/// or the inbox. It is thread CPU time, the best of several passes over the same files: what a
/// change to the parsing code does shows here much more steadily than in the burst's rate.
struct ExtractionMeasurement: Codable, Sendable {
    var files: Int
    var passes: Int
    /// Microseconds of CPU per file, best pass.
    var extractMicroseconds: Double
    var shinglesMicroseconds: Double
    var recordLineMicroseconds: Double
    /// What the work made: distinct fingerprints (every generated article is unique, so one
    /// each), shingles per article and bytes per store line on average.
    var distinctFingerprints: Int
    var averageShingles: Int
    var averageLineBytes: Int

    var totalMicroseconds: Double { extractMicroseconds + shinglesMicroseconds + recordLineMicroseconds }

    /// Reads up to `limit` of `paths` into memory, then times `passes` passes over them.
    static func measure(paths: [String], limit: Int = 2_000, passes: Int = 5) throws(BenchError)
        -> ExtractionMeasurement
    {
        let chosen = Array(paths.prefix(limit))
        var files: [(name: String, bytes: [UInt8])] = []
        files.reserveCapacity(chosen.count)
        for path in chosen {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw BenchError("cannot read \(path) for the extraction measurement")
            }
            files.append(((path as NSString).lastPathComponent, Array(data)))
        }
        let extractor = ArticleExtractor()
        let now = Date()
        var best = (extract: Double.infinity, shingles: Double.infinity, line: Double.infinity)
        var rejected = 0
        var fingerprints: [UInt64] = []
        var shingles = 0
        var lineBytes = 0
        for _ in 0..<max(1, passes) {
            var extracted: [ArticleExtractor.Extracted] = []
            extracted.reserveCapacity(files.count)
            rejected = 0
            let extractTime = threadCPUSeconds {
                for file in files {
                    switch extractor.extract(file.bytes, fileName: file.name, now: now) {
                    case .success(let article): extracted.append(article)
                    case .failure: rejected += 1
                    }
                }
            }
            fingerprints.removeAll(keepingCapacity: true)
            shingles = 0
            let shinglesTime = threadCPUSeconds {
                for article in extracted {
                    let set = ShingleSet(article.article.body)
                    fingerprints.append(MinHashFingerprint.fingerprint(of: set))
                    shingles += set.count
                }
            }
            lineBytes = 0
            let lineTime = threadCPUSeconds {
                for (number, article) in extracted.enumerated() {
                    let record = ArticleRecord(
                        hash: article.hash, source: files[number].name, folder: nil, article: article.article,
                        ingestedAt: "2026-01-01T00:00:00Z")
                    lineBytes &+= record.jsonLine().count
                }
            }
            best.extract = min(best.extract, extractTime)
            best.shingles = min(best.shingles, shinglesTime)
            best.line = min(best.line, lineTime)
        }
        guard rejected == 0 else {
            throw BenchError("\(rejected) of \(files.count) generated articles were rejected by the extractor")
        }
        let perFile = 1e6 / Double(max(1, files.count))
        return ExtractionMeasurement(
            files: files.count, passes: max(1, passes), extractMicroseconds: best.extract * perFile,
            shinglesMicroseconds: best.shingles * perFile, recordLineMicroseconds: best.line * perFile,
            distinctFingerprints: Set(fingerprints).count, averageShingles: shingles / max(1, files.count),
            averageLineBytes: lineBytes / max(1, files.count))
    }

    /// The CPU seconds this thread spends in `work`.
    private static func threadCPUSeconds(_ work: () -> Void) -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        let start = now()
        work()
        return now() - start
    }
}
