/// One-permutation b-bit MinHash with b = 1: the shingle hashes are spread over 64 bins by
/// their top 6 bits; bit i is one bit of the smallest hash in bin i. Two texts agree on a bin's
/// bit always when the bin's minimum shingle is shared (probability ≈ their Jaccard
/// similarity J) and half the time otherwise, so the expected Hamming distance is 64·(1−J)/2.
public enum MinHashFingerprint {
    public static func fingerprint(of text: String, width: Int = ShingleText.defaultWidth) -> UInt64 {
        var minima = [UInt64](repeating: .max, count: 64)
        var any = false
        minima.withUnsafeMutableBufferPointer { minima in
            ShingleText.forEachHash(of: text, width: width) { hash in
                let bin = Int(truncatingIfNeeded: hash >> 58)
                let rest = hash & (1 << 58 - 1)
                if rest < minima[bin] { minima[bin] = rest }
                any = true
            }
        }
        guard any else { return 0 }
        var fingerprint: UInt64 = 0
        for bin in 0..<64 {
            // An empty bin borrows the minimum of the next non-empty bin to its right
            // (rotation densification), remixed with the distance so borrowed bits differ.
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
