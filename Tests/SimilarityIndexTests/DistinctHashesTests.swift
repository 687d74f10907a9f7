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
        // 64 hashes: 64 buckets by the top 6 bits; four of them hold 16 each (the most sorted
        // by insertion), in descending order, each value twice.
        let hashes: [UInt64] = (0..<UInt64(64)).map { index in
            let bucket: UInt64 = (index % 4) * 9
            let low: UInt64 = (15 - index / 4) / 2
            return bucket << 58 | low << 20
        }
        #expect(DistinctHashes.sorted(hashes) == reference(hashes))
        #expect(DistinctHashes.sorted(hashes).count == 32)
    }

    @Test func aTextsSetIsItsShingleHashesSortedOnce() {
        let text =
            String(repeating: "The harbour board met again on Tuesday; the harbour board adjourned. ", count: 40)
            + "A closing line with words of its own."
        #expect(ShingleSet(text).hashes == reference(ShingleText.hashes(of: text)))
    }
}
