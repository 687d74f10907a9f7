/// The ASCII letters and digits that open eight bytes of text read as one integer (first byte
/// lowest), lower-cased: the word reader feeds a whole run of them to the word hash at once
/// instead of taking each byte through the general rules.
///
/// An ASCII byte is a letter exactly when it lies in `a`...`z` once bit 5 (0x20) is set, and a
/// digit when it lies in `0`...`9` (which have bit 5 set already, so setting it lower-cases
/// letters and leaves digits as they are). Each range test is an addition per byte that cannot
/// carry into the next byte (the bytes are cut to 7 bits first, and bytes of 0x80 or more are
/// excluded apart), read from each byte's high bit.
struct ASCIIWordRun {
    /// How many bytes from the first are ASCII letters or digits (0 to 8).
    let count: Int
    /// The eight bytes with bit 5 set in each: the run's bytes lower-cased, in their places
    /// (the bytes after the run are not part of it and are never fed).
    let folded: UInt64

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    @inline(__always)
    init(_ block: UInt64) {
        let low = block & ~Self.highs
        folded = block | 0x2020_2020_2020_2020
        let foldedLow = folded & ~Self.highs
        let letters = Self.atLeast(foldedLow, 0x61) & ~Self.atLeast(foldedLow, 0x7B)
        let digits = Self.atLeast(low, 0x30) & ~Self.atLeast(low, 0x3A)
        let wordBytes = (letters | digits) & ~block & Self.highs
        count = (~wordBytes & Self.highs).trailingZeroBitCount &>> 3
    }

    /// The FNV-1a state after the run's bytes, fed one by one from the first: the same as
    /// ``Hash64/fnv1a(_:_:)`` on each. (A loop of `count` steps measured faster than eight
    /// steps without a branch, whether past the run a select keeps the state or the extra
    /// steps are undone with the prime's inverse: its one mispredicted exit a word costs less
    /// than twice the instructions.)
    @inline(__always)
    func feed(_ state: UInt64) -> UInt64 {
        var state = state
        var rest = folded
        for _ in 0..<count {
            state = Hash64.fnv1a(state, UInt8(truncatingIfNeeded: rest))
            rest &>>= 8
        }
        return state
    }

    /// The high bit of each byte of `block` that is at least `low`, exactly, for bytes below
    /// 0x80 (adding `0x80 - low` to such a byte carries into no other).
    @inline(__always)
    private static func atLeast(_ block: UInt64, _ low: UInt8) -> UInt64 {
        (block &+ ones &* UInt64(0x80 - low)) & highs
    }
}
