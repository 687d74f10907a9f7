import Foundation
import SimilarityIndex
import Testing

/// The figures of the report, printed, never asserted (shared, noisy machine). Run in release:
/// `SIMILARITY_BENCH=1 swift test -c release --filter PerformanceFigures`.
@Suite("Performance figures", .enabled(if: ProcessInfo.processInfo.environment["SIMILARITY_BENCH"] != nil))
struct PerformanceFigures {
    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func best<T>(of runs: Int, _ work: () -> T) -> (Double, T) {
        var bestTime = Double.infinity
        var result: T?
        for _ in 0..<runs {
            let clock = ContinuousClock()
            var value: T?
            let elapsed = clock.measure { value = work() }
            bestTime = min(bestTime, seconds(elapsed))
            result = value
        }
        return (bestTime, result!)
    }

    @Test func fingerprintAndVerification() {
        var random = SplitMix64(seed: 99)
        let texts =
            (0..<300).map { _ in ArticleGenerator.article(subject: nil, using: &random).text }
            + SeedArticles.all.map(\.text)
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let (fingerprintTime, fingerprints) = Self.best(of: 5) { texts.map { MinHashFingerprint.fingerprint(of: $0) } }
        let (setTime, sets) = Self.best(of: 5) { texts.map { ShingleSet($0) } }
        let (compareTime, _) = Self.best(of: 5) { zip(sets, sets.dropFirst()).map { $0.resemblance(to: $1) } }
        let perKB = fingerprintTime / Double(bytes) * 1024
        print(
            """
            texts: \(texts.count), \(bytes / texts.count) bytes on average (\(Set(fingerprints).count) distinct fingerprints)
            fingerprint: \(String(format: "%.1f", perKB * 3 * 1e6)) µs per 3 KB article, \
            \(String(format: "%.0f", Double(bytes) / fingerprintTime / 1e6)) MB/s
            shingle set: \(String(format: "%.1f", setTime / Double(bytes) * 3072 * 1e6)) µs per 3 KB article; \
            resemblance of two sets: \(String(format: "%.2f", compareTime / Double(texts.count - 1) * 1e6)) µs
            """)
        let persian = String(repeating: "دولت ایران امروز اعلام کرد که مذاکرات ادامه دارد. ", count: 60)
        let chinese = String(repeating: "东京都政府今天宣布新的交通计划，市民表示欢迎。", count: 60)
        for (name, text) in [("Persian", persian), ("Chinese", chinese)] {
            let (time, _) = Self.best(of: 5) { MinHashFingerprint.fingerprint(of: text) }
            print("\(name): \(String(format: "%.1f", time / Double(text.utf8.count) * 3072 * 1e6)) µs per 3 KB")
        }
    }

    @Test func indexAtOneMillion() {
        var random = SplitMix64(seed: 1)
        let count = 1_000_000
        let fingerprints = (0..<count).map { _ in random.next() }
        let (buildTime, index) = Self.best(of: 5) { NearDuplicateIndex(fingerprints: fingerprints) }
        print(
            """
            bulk build of \(count): \(String(format: "%.1f", buildTime * 1e3)) ms; \
            \(index.memoryByteCount) bytes, \(String(format: "%.2f", Double(index.memoryByteCount) / Double(count))) \
            bytes per article
            """)
        let queries = (0..<2000).map { i -> UInt64 in
            guard i % 2 == 0 else { return random.next() }
            var near = fingerprints[Int.random(in: 0..<count, using: &random)]
            for _ in 0..<10 { near ^= 1 << UInt64.random(in: 0..<64, using: &random) }
            return near
        }
        for radius in [3, 7, 11, ShingleSimilarity.candidateDistance, 15, 19] {
            let (time, found) = Self.best(of: 3) {
                queries.reduce(0) { $0 + index.candidates(near: $1, maxDistance: radius).count }
            }
            print(
                """
                lookup at radius \(radius): \(String(format: "%.1f", time / Double(queries.count) * 1e6)) µs, \
                \(String(format: "%.2f", Double(found) / Double(queries.count))) candidates on average
                """)
        }
        let (scanTime, _) = Self.best(of: 3) {
            queries.prefix(200).reduce(0) { total, query in
                total + fingerprints.reduce(0) { $0 + (($1 ^ query).nonzeroBitCount <= 14 ? 1 : 0) }
            }
        }
        print("linear scan for comparison: \(String(format: "%.1f", scanTime / 200 * 1e6)) µs")
        var grown = index
        let clock = ContinuousClock()
        let appendTime = clock.measure {
            for _ in 0..<200_000 { grown.append(random.next()) }
        }
        print(
            """
            200,000 appends after the build: \
            \(String(format: "%.2f", Self.seconds(appendTime) / 200_000 * 1e6)) µs per append on average; \
            \(String(format: "%.2f", Double(grown.memoryByteCount) / Double(grown.count))) bytes per article
            """)
    }
}
