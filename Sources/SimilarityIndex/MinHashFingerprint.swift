/// The 64-bit fingerprint of a body that the store persists per article and the index searches:
/// a republication with small edits gets a fingerprint a few bits away, an unrelated article
/// one about 32 bits away.
///
/// It is one-permutation 1-bit MinHash of the word shingles: the shingle hashes are spread
/// over 64 bins by their top 6 bits; bit i is one bit of (a remix of) the smallest hash in bin
/// i. Two texts agree on a bin's bit always when the bin's minimum shingle is shared, which
/// happens with probability ≈ their Jaccard similarity J, and half the time otherwise, so
/// their expected Hamming distance is 64·(1 − J)/2: 3 bits for J = 0.9, 10 bits for J = 0.7.
/// Charikar's SimHash, the other common choice, was measured on the same corpus and does
/// worse (median distance of variants 6 against 2, and its variant and unrelated distances
/// overlap), because its distance grows with the square root of the change.
///
/// Empty bins (short texts) borrow the minimum of the next non-empty bin (rotation
/// densification). A text without words gets 0; don't look that up.
public enum MinHashFingerprint {
    /// The fingerprint of `text`'s shingles of `width` words (stable across runs and versions:
    /// it is persisted; changing the shingle rules or width changes every fingerprint).
    public static func fingerprint(of text: String, width: Int = ShingleText.defaultWidth) -> UInt64 {
        withMinima { minima in
            var any = false
            ShingleText.forEachHash(of: text, width: width) { hash in
                take(hash, into: minima)
                any = true
            }
            return any
        }
    }

    /// The same fingerprint from a text's shingle set, when that is at hand already.
    public static func fingerprint(of shingles: ShingleSet) -> UInt64 {
        withMinima { minima in
            // The hashes ascend, so the first of each bin holds its minimum.
            var bin = -1
            for hash in shingles.hashes where Int(truncatingIfNeeded: hash &>> 58) != bin {
                bin = Int(truncatingIfNeeded: hash &>> 58)
                minima[bin] = hash & (1 &<< 58 &- 1)
            }
            return !shingles.hashes.isEmpty
        }
    }

    /// The fingerprint of the bin minima `fill` leaves in 64 bins (all `.max` at first), or 0
    /// when it returns false (no shingles).
    private static func withMinima(_ fill: (UnsafeMutableBufferPointer<UInt64>) -> Bool) -> UInt64 {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 64) { minima in
            minima.initialize(repeating: .max)
            return fill(minima) ? fingerprint(minima: minima) : 0
        }
    }

    @inline(__always)
    private static func take(_ hash: UInt64, into minima: UnsafeMutableBufferPointer<UInt64>) {
        let bin = Int(truncatingIfNeeded: hash &>> 58)
        let rest = hash & (1 &<< 58 &- 1)
        if rest < minima[bin] { minima[bin] = rest }
    }

    private static func fingerprint(minima: UnsafeMutableBufferPointer<UInt64>) -> UInt64 {
        var fingerprint: UInt64 = 0
        for bin in 0..<64 {
            var distance: UInt64 = 0
            var source = bin
            while minima[source] == .max {
                source = (source + 1) & 63
                distance += 1
            }
            let bit = Hash64.mix(minima[source] &+ distance &* 0x9e37_79b9_7f4a_7c15) & 1
            fingerprint |= bit << UInt64(bin)
        }
        return fingerprint
    }
}
