/// The ASCII letters that open eight bytes read as one integer (first byte lowest), for
/// ``LanguageDetector``, which packs a word's first 8 lower-cased bytes into its stopword key.
///
/// An ASCII byte is a letter exactly when it lies in `a`...`z` once bit 5 (0x20) is set:
/// `A`-`Z` move there and no other byte does (a byte of 0x80 or more lands at 0xA0 or more).
/// Each test is an addition per byte that cannot carry into the next byte (the bytes are cut
/// to 7 bits first, and the high bit is tested apart), read from each byte's high bit.
struct ASCIILetterRun {
    /// How many bytes from the first are ASCII letters (0 to 8).
    let count: Int
    /// Those letters lower-cased, in their places; zero in the bytes after them.
    let lowercased: UInt64

    @inline(__always)
    init(_ block: UInt64) {
        let highs = ByteLanes.highs
        let folded = (block | 0x2020_2020_2020_2020) & ~highs
        let fromA = ByteLanes.atLeast(folded, 0x61)
        let pastZ = ByteLanes.atLeast(folded, 0x7B)
        let letters = fromA & ~pastZ & ~block & highs
        count = (~letters & highs).trailingZeroBitCount / 8
        let kept: UInt64 = count == 8 ? ~0 : (1 << UInt64(count * 8)) &- 1
        lowercased = (block | 0x2020_2020_2020_2020) & kept
    }
}
