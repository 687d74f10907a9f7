import SimilarityIndex

/// For comparison only (the calibration measures it against the MinHash fingerprint):
/// Charikar's SimHash of a text's shingles: bit i is set when more shingle hashes have bit i
/// set than not. Similar texts get fingerprints at a small Hamming distance.
enum SimHash {
    static func fingerprint(of text: String, width: Int = ShingleText.defaultWidth) -> UInt64 {
        var counts = [Int32](repeating: 0, count: 64)
        var total: Int32 = 0
        counts.withUnsafeMutableBufferPointer { counts in
            ShingleText.forEachHash(of: text, width: width) { hash in
                total += 1
                for bit in 0..<64 { counts[bit] &+= Int32(truncatingIfNeeded: hash >> UInt64(bit) & 1) }
            }
        }
        var fingerprint: UInt64 = 0
        for bit in 0..<64 where counts[bit] * 2 > total { fingerprint |= 1 << UInt64(bit) }
        return fingerprint
    }
}
