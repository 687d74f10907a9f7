import Foundation
import SimilarityIndex
import Testing

/// How the defaults were chosen, and the check that they still hold: every variant is within
/// the candidate radius and above the verification threshold; no pair of distinct articles
/// (same subject included) is above the threshold.
@Suite("Calibration of the near-duplicate defaults")
struct SimilarityCalibrationTests {
    typealias Fingerprint = @Sendable (String, Int) -> UInt64

    /// What the store will use: the defaults.
    static let chosen: Fingerprint = { MinHashFingerprint.fingerprint(of: $0, width: $1) }

    static let kinds: [(name: String, fingerprint: Fingerprint)] = [
        ("simhash", { SimHash.fingerprint(of: $0, width: $1) }),
        ("minhash1", { MinHashFingerprint.fingerprint(of: $0, width: $1) }),
    ]

    struct Summary {
        var variantDistances: [Int] = []
        var unrelatedDistances: [Int] = []
        var variantJaccard: [Double] = []
        var unrelatedJaccard: [Double] = []
        var variantContainment: [Double] = []
        var unrelatedContainment: [Double] = []
        var sameSubjectJaccard: [Double] = []
        var worstVariant = ""
        /// The largest distance and smallest Jaccard per kind of variant.
        var byKind: [String: (distance: Int, jaccard: Double)] = [:]
        /// Distance and Jaccard of each pair of seeds.
        var seedPairs: [(String, Int, Double)] = []
    }

    static func kind(of label: String) -> String {
        var name = String(label.split(separator: ":", maxSplits: 1).last ?? "").trimmingCharacters(in: .whitespaces)
        if name.hasPrefix("paragraph") && name.hasSuffix("trimmed") { name = "paragraph trimmed" }
        return (label.hasPrefix("seed") ? "seed " : "generated ") + name
    }

    static func summarize(width: Int, fingerprint: Fingerprint, corpus: CalibrationCorpus) -> Summary {
        var cache: [String: (UInt64, ShingleSet)] = [:]
        func features(_ text: String) -> (UInt64, ShingleSet) {
            if let known = cache[text] { return known }
            let value = (fingerprint(text, width), ShingleSet(text, width: width))
            cache[text] = value
            return value
        }
        var summary = Summary()
        var worst = -1
        for pair in corpus.variants {
            let (fa, sa) = features(pair.a)
            let (fb, sb) = features(pair.b)
            let distance = (fa ^ fb).nonzeroBitCount
            if distance > worst {
                worst = distance
                summary.worstVariant = pair.label
            }
            summary.variantDistances.append(distance)
            summary.variantJaccard.append(sa.jaccard(with: sb))
            summary.variantContainment.append(sa.containment(with: sb))
            let kind = Self.kind(of: pair.label)
            let known = summary.byKind[kind] ?? (0, 1)
            summary.byKind[kind] = (max(known.distance, distance), min(known.jaccard, sa.jaccard(with: sb)))
        }
        for pair in corpus.unrelated {
            let (fa, sa) = features(pair.a)
            let (fb, sb) = features(pair.b)
            summary.unrelatedDistances.append((fa ^ fb).nonzeroBitCount)
            summary.unrelatedJaccard.append(sa.jaccard(with: sb))
            summary.unrelatedContainment.append(sa.containment(with: sb))
            if pair.sameSubject { summary.sameSubjectJaccard.append(sa.jaccard(with: sb)) }
            if pair.label.hasPrefix("seed") {
                summary.seedPairs.append((pair.label, (fa ^ fb).nonzeroBitCount, sa.jaccard(with: sb)))
            }
        }
        return summary
    }

    static func histogram(_ values: [Int]) -> String {
        var counts: [Int: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return counts.keys.sorted().map { "\($0):\(counts[$0]!)" }.joined(separator: " ")
    }

    static func percentile(_ values: [Int], _ p: Double) -> Int {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }

    /// The comparison table of the report: `SIMILARITY_REPORT=1 swift test --filter Calibration`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SIMILARITY_REPORT"] != nil))
    func printsTheComparison() {
        let corpus = CalibrationCorpus.shared
        print("variants: \(corpus.variants.count), unrelated pairs: \(corpus.unrelated.count)")
        for width in 3...5 {
            for kind in Self.kinds {
                let s = Self.summarize(width: width, fingerprint: kind.fingerprint, corpus: corpus)
                print(
                    """
                    w=\(width) \(kind.name): variant distance max \(s.variantDistances.max()!) \
                    p99 \(Self.percentile(s.variantDistances, 0.99)) p50 \(Self.percentile(s.variantDistances, 0.5)) \
                    (worst: \(s.worstVariant)); unrelated distance min \(s.unrelatedDistances.min()!) \
                    p1 \(Self.percentile(s.unrelatedDistances, 0.01))
                      variant Jaccard min \(s.variantJaccard.min()!) containment min \(s.variantContainment.min()!); \
                    unrelated Jaccard max \(s.unrelatedJaccard.max()!) containment max \
                    \(s.unrelatedContainment.max()!); same-subject Jaccard max \(s.sameSubjectJaccard.max() ?? 0)
                      variant distances \(Self.histogram(s.variantDistances))
                      unrelated distances (≤ 20) \(Self.histogram(s.unrelatedDistances.filter { $0 <= 20 }))
                    """)
                if width == ShingleText.defaultWidth && kind.name == "minhash1" {
                    for (name, worst) in s.byKind.sorted(by: { $0.key < $1.key }) {
                        print("    \(name): max distance \(worst.distance), min Jaccard \(worst.jaccard)")
                    }
                    for (label, distance, jaccard) in s.seedPairs {
                        print("    \(label): distance \(distance), Jaccard \(jaccard)")
                    }
                }
            }
        }
    }

    @Test func everyVariantIsACandidateAndVerified() {
        let corpus = CalibrationCorpus.shared
        let radius = ShingleSimilarity.candidateDistance
        for pair in corpus.variants {
            let distance =
                (Self.chosen(pair.a, ShingleText.defaultWidth) ^ Self.chosen(pair.b, ShingleText.defaultWidth))
                .nonzeroBitCount
            #expect(distance <= radius, "\(pair.label): \(distance) bits")
            let resemblance = ShingleSimilarity.resemblance(pair.a, pair.b)
            #expect(resemblance.isNearDuplicate, "\(pair.label): \(resemblance)")
            // The margin the README quotes above the 0.8 default.
            #expect(resemblance.containment >= 0.92, "\(pair.label): \(resemblance)")
        }
    }

    @Test func noDistinctArticlesAreVerified() {
        for pair in CalibrationCorpus.shared.unrelated {
            let resemblance = ShingleSimilarity.resemblance(pair.a, pair.b)
            #expect(!resemblance.isNearDuplicate, "\(pair.label): \(resemblance)")
            #expect(resemblance.containment <= 0.07, "\(pair.label): \(resemblance)")
        }
    }

    @Test(.enabled(if: SeedArticles.available))
    func theSeedsAreNotNearDuplicatesOfEachOther() {
        let seeds = SeedArticles.all.map(\.text)
        #expect(seeds.count == 5)
        for i in seeds.indices {
            for j in seeds.indices where j > i {
                let resemblance = ShingleSimilarity.resemblance(seeds[i], seeds[j])
                #expect(resemblance.jaccard < 0.1, "seeds \(i) and \(j): \(resemblance)")
                #expect(!resemblance.isNearDuplicate, "seeds \(i) and \(j): \(resemblance)")
            }
        }
    }

    @Test func theIndexFindsEveryVariantsOriginal() {
        let corpus = CalibrationCorpus.shared
        let originals = Array(Set(corpus.variants.map(\.a))).sorted()
        let index = NearDuplicateIndex(fingerprints: originals.map { MinHashFingerprint.fingerprint(of: $0) })
        for pair in corpus.variants {
            let query = MinHashFingerprint.fingerprint(of: pair.b)
            let found = index.candidates(near: query, maxDistance: ShingleSimilarity.candidateDistance)
            let ordinals = found.map { originals[Int($0.ordinal)] }
            #expect(ordinals.contains(pair.a), "\(pair.label)")
        }
    }
}
