/// Sorts shingle hashes and drops repeats, faster than a comparison sort can: the hashes are
/// uniformly distributed (every one has been through ``Hash64/mix(_:)``), so distributing
/// them by their top bits into up to twice as many buckets as there are hashes leaves them a
/// bucket's width at most from their place, where one pass of insertion puts them.
///
/// The result is the same as `Array(Set(hashes)).sorted()`; only the time differs. When a
/// bucket is not small (a text repeating one passage, or hashes that are not uniform after
/// all), the standard library sorts instead, so no input takes quadratic time.
enum DistinctHashes {
    /// With buckets larger than this, the hashes are sorted by `sort()`.
    private static let insertionLimit = 16

    /// `hashes` ascending, each value once.
    static func sorted(_ hashes: [UInt64]) -> [UInt64] {
        guard hashes.count > 1 else { return hashes }
        return hashes.withUnsafeBufferPointer { sorted($0) }
    }

    /// `hashes` ascending, each value once, in one new array: the hashes are placed in it
    /// bucket by bucket, then one pass moves each into order and over the repeats.
    static func sorted(_ hashes: UnsafeBufferPointer<UInt64>) -> [UInt64] {
        guard hashes.count > 1 else { return Array(hashes) }
        // Half a hash to a hash a bucket: count < 2^bits ≤ 2·count, within 2^2...2^16 (measured
        // faster than one to two: fewer hashes out of order for the last pass).
        let bits = min(16, max(2, Int.bitWidth - hashes.count.leadingZeroBitCount))
        let shift = UInt64(64 - bits)
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 1 << bits) { ends in
            // ends[b]: first where bucket b begins, then (once the hashes are placed) where it ends.
            ends.initialize(repeating: 0)
            for hash in hashes { ends[Int(truncatingIfNeeded: hash &>> shift)] &+= 1 }
            var total = 0
            var largest = 0
            for bucket in ends.indices {
                let count = ends[bucket]
                ends[bucket] = total
                total &+= count
                largest = max(largest, count)
            }
            return [UInt64](unsafeUninitializedCapacity: hashes.count) { sorted, initializedCount in
                for hash in hashes {
                    let bucket = Int(truncatingIfNeeded: hash &>> shift)
                    // Read once, and written back before the hash is: nothing is read twice.
                    let slot = ends[bucket]
                    ends[bucket] = slot &+ 1
                    sorted.initializeElement(at: slot, to: hash)
                }
                if largest > insertionLimit { sorted.sort() }
                initializedCount = insertDistinct(sorted)
            }
        }
    }

    /// Sorts `values`, whose every value is at most `insertionLimit` places from its place
    /// (or that is sorted already), and moves the distinct ones to the front; returns their count.
    ///
    /// `values[..<unique]` is the sorted, distinct result so far; as `unique` never passes the
    /// value being read, writing there never overwrites one yet to be read.
    private static func insertDistinct(_ values: UnsafeMutableBufferPointer<UInt64>) -> Int {
        // values[..<unique] is the result so far; `last` and `previous` are its last two values
        // (`previous` means nothing while it has one value, which any value may go before or after).
        var unique = 1
        var last = values[0]
        var previous: UInt64 = 0
        var index = 1
        while index < values.count {
            let value = values[index]
            index &+= 1
            if value > previous || unique == 1 {
                // Goes after `previous`: after `last` (in order), before it, or is `last` again.
                // Written without a branch on their order, which the bucket order leaves random.
                let low = min(value, last)
                let high = max(value, last)
                values[unique &- 1] = low
                values[unique] = high
                let isNew = value != last
                previous = isNew ? low : previous
                last = high
                unique &+= isNew ? 1 : 0
            } else {
                // Goes before `previous` or is a repeat of it (or of a value before it).
                var slot = unique &- 1
                while slot > 0 && values[slot &- 1] > value { slot &-= 1 }
                if slot > 0 && values[slot &- 1] == value { continue }
                var move = unique
                while move > slot {
                    values[move] = values[move &- 1]
                    move &-= 1
                }
                values[slot] = value
                unique &+= 1
                previous = values[unique &- 2]
            }
        }
        return unique
    }
}
