/// Sorts shingle hashes and drops repeats, faster than a comparison sort can: the hashes are
/// uniformly distributed (every one has been through ``Hash64/mix(_:)``), so distributing
/// them into about as many buckets as there are hashes by their top bits leaves one or two in
/// each bucket, which a few comparisons put in order.
///
/// The result is the same as `Array(Set(hashes)).sorted()`; only the time differs. A bucket
/// that is not small (a text repeating one passage, or hashes that are not uniform after
/// all) is sorted by the standard library, so no input takes quadratic time.
enum DistinctHashes {
    /// Buckets larger than this are sorted by `sort()`; smaller ones by insertion.
    private static let insertionLimit = 16

    /// `hashes` ascending, each value once.
    static func sorted(_ hashes: [UInt64]) -> [UInt64] {
        guard hashes.count > 1 else { return hashes }
        // One or two hashes a bucket: 2^bits ≤ count, within 2^2...2^16.
        let bits = min(16, max(2, Int.bitWidth - 1 - hashes.count.leadingZeroBitCount))
        let shift = UInt64(64 - bits)
        // ends[b]: first where bucket b begins, then (once the hashes are placed) where it ends.
        var ends = [UInt32](repeating: 0, count: 1 << bits)
        for hash in hashes { ends[Int(truncatingIfNeeded: hash >> shift)] += 1 }
        var total: UInt32 = 0
        for bucket in ends.indices {
            let count = ends[bucket]
            ends[bucket] = total
            total += count
        }
        var sorted = [UInt64](repeating: 0, count: hashes.count)
        for hash in hashes {
            let bucket = Int(truncatingIfNeeded: hash >> shift)
            sorted[Int(ends[bucket])] = hash
            ends[bucket] += 1
        }
        sorted.withUnsafeMutableBufferPointer { sorted in
            var start = 0
            for end in ends {
                if Int(end) - start > 1 { sortBucket(UnsafeMutableBufferPointer(rebasing: sorted[start..<Int(end)])) }
                start = Int(end)
            }
        }
        return removingRepeats(sorted)
    }

    private static func sortBucket(_ bucket: UnsafeMutableBufferPointer<UInt64>) {
        guard bucket.count <= insertionLimit else {
            var bucket = bucket
            return bucket.sort()
        }
        for index in 1..<bucket.count {
            let value = bucket[index]
            var slot = index
            while slot > 0 && bucket[slot - 1] > value {
                bucket[slot] = bucket[slot - 1]
                slot -= 1
            }
            bucket[slot] = value
        }
    }

    /// A sorted list with each run of equal values kept once.
    private static func removingRepeats(_ sorted: [UInt64]) -> [UInt64] {
        var hashes = sorted
        var unique = 0
        for index in hashes.indices where index == 0 || hashes[index] != hashes[unique - 1] {
            hashes[unique] = hashes[index]
            unique += 1
        }
        hashes.removeLast(hashes.count - unique)
        return hashes
    }
}
