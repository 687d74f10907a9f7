import Testing

@testable import SimilarityIndex

@Suite("Sorting shingle hashes by their top bits")
struct DistinctHashesTests {
    /// `Array(Set(hashes)).sorted()`, the result the bucket sort must give.
    private func reference(_ hashes: [UInt64]) -> [UInt64] {
        Array(Set(hashes)).sorted()
    }

    @Test func uniformHashesComeOutSortedAndDistinct() {
        for count in [0, 1, 2, 3, 5, 17, 100, 1_000, 5_000] {
            let hashes = (0..<UInt64(count)).map { Hash64.mix($0 &* 7 / 3) }  // every value about twice
            #expect(DistinctHashes.sorted(hashes) == reference(hashes), "\(count) hashes")
        }
    }

    @Test func crowdedBucketsAreSortedToo() {
        // Small values all fall into bucket 0; repeats of one value fill one bucket.
        let small = (0..<UInt64(500)).map { ($0 &* 7919) % 613 }
        #expect(DistinctHashes.sorted(small) == reference(small))
        let repeated = [UInt64](repeating: 42, count: 300) + [UInt64.max, 0, 41, 43, .max]
        #expect(DistinctHashes.sorted(repeated) == [0, 41, 42, 43, .max])
    }

    @Test func fullBucketsInReverseOrderAreSortedByInsertion() {
        // 64 hashes: 128 buckets by the top 7 bits; four of them hold 16 each (the most sorted
        // by insertion), in descending order, each value twice.
        let hashes: [UInt64] = (0..<UInt64(64)).map { index in
            let bucket: UInt64 = (index % 4) * 9
            let low: UInt64 = (15 - index / 4) / 2
            return bucket << 58 | low << 20
        }
        #expect(DistinctHashes.sorted(hashes) == reference(hashes))
        #expect(DistinctHashes.sorted(hashes).count == 32)
    }

    /// The last pass keeps the last two values of the result in registers and places a value
    /// after the second last without a branch on its order; values before it, repeats of it,
    /// zero (the second last's value before there are two) and a first value repeated take the
    /// general way. Small arrays over few values (repeats, crowded buckets, 0 and near-maximum
    /// values) try every such case.
    @Test func smallArraysOfFewValuesMatchTheReference() {
        var random = SplitMix64(seed: 20_240_611)
        var failures: [[UInt64]] = []
        for _ in 0..<20_000 {
            let count = Int(random.next() % 24)
            let palette = 1 + random.next() % 8
            let values: [UInt64] = (0..<count).map { _ in
                let value = random.next() % palette
                switch random.next() % 3 {
                case 0: return value
                case 1: return value << 61 | value
                default: return value == 0 ? 0 : .max - value
                }
            }
            if DistinctHashes.sorted(values) != reference(values) { failures.append(values) }
        }
        let wrong = failures.count
        #expect(wrong == 0, "arrays sorted wrong, the first: \(failures.prefix(3))")
        #expect(DistinctHashes.sorted([0, 0]) == [0])
        #expect(DistinctHashes.sorted([5, 0, 5, 0, 3]) == [0, 3, 5])
    }

    @Test func aTextsSetIsItsShingleHashesSortedOnce() {
        let text =
            String(repeating: "The harbour board met again on Tuesday; the harbour board adjourned. ", count: 40)
            + "A closing line with words of its own."
        #expect(ShingleSet(text).hashes == reference(ShingleText.hashes(of: text)))
    }
}
