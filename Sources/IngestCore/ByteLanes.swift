/// Eight bytes of text read as one integer (first byte lowest), and the tests that tell
/// something about all eight at once: the scanners pass over runs of ordinary bytes this way
/// instead of one byte at a time.
///
/// The tests are the classic carry tricks, written once here: a per-byte addition or
/// subtraction whose result is read from each byte's high bit.
enum ByteLanes {
    /// 0x01 in every byte: `ones &* c` is `c` in every byte.
    static let ones: UInt64 = 0x0101_0101_0101_0101
    /// The high bit of every byte.
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The 8 bytes from `index`, first byte lowest, or nil when fewer are left.
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64? {
        guard let base = bytes.baseAddress, index >= 0, index + 8 <= bytes.count else { return nil }
        return UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
    }

    /// Whether some byte of `block` is below `bound` (at most 0x80). Exact as a yes or no; which
    /// bytes the borrows mark past the first match is not, so no more is told.
    @inline(__always)
    static func anyBelow(_ block: UInt64, _ bound: UInt8) -> Bool {
        below(block, bound) != 0
    }

    /// Whether some byte of `block` is `byte`.
    @inline(__always)
    static func anyEqual(_ block: UInt64, _ byte: UInt8) -> Bool {
        equal(block, byte) != 0
    }

    /// The high bit of each byte of `block` below `bound` (at most 0x80), exact up to the
    /// lowest mark: a borrow starts only at a byte that is below `bound` and runs upward, so
    /// the lowest mark is always a true one (those above it may not be).
    @inline(__always)
    static func below(_ block: UInt64, _ bound: UInt8) -> UInt64 {
        (block &- ones &* UInt64(bound)) & ~block & highs
    }

    /// The high bit of each byte of `block` equal to `byte` (a zero byte of `block ^ byte…`),
    /// exact up to the lowest mark, as ``below(_:_:)``.
    @inline(__always)
    static func equal(_ block: UInt64, _ byte: UInt8) -> UInt64 {
        below(block ^ ones &* UInt64(byte), 1)
    }

    /// The high bit of each byte of `block` that is at least `low`, exactly, for bytes below
    /// 0x80 (adding `0x80 - low` to such a byte carries into no other).
    @inline(__always)
    static func atLeast(_ block: UInt64, _ low: UInt8) -> UInt64 {
        (block &+ ones &* UInt64(0x80 - low)) & highs
    }
}
