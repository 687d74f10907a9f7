/// Reads Unicode scalars straight from the UTF-8 bytes of a `String` (valid by construction),
/// for scanners that walk integer offsets instead of `String.Index`es: `String.unicodeScalars`
/// re-checks each index it steps over.
enum UTF8Bytes {
    /// The value of the scalar that starts at `index`, and how many bytes it takes (fewer at
    /// a truncated end).
    @inline(__always)
    static func value(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, width: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let width = min(lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4, bytes.count - index)
        var value = UInt32(lead) & (0xFF >> UInt32(width + 1))
        for offset in 1..<max(1, width) { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (value, width)
    }

    /// The scalar that starts at `index`, and how many bytes it takes.
    static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, width: Int) {
        let (value, width) = value(at: index, in: bytes)
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// The first offset from `index` on that does not start 8 ASCII bytes in a row: a block of
    /// 8 is all ASCII when no byte of it has its high bit set, which one 64-bit load tells.
    @inline(__always)
    static func skippingASCIIBlocks(from index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = index
        while let block = ByteLanes.load(bytes, at: index), block & ByteLanes.highs == 0 { index += 8 }
        return index
    }

    /// Where the scalar that ends at `index` (exclusive) starts.
    static func scalarStart(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }
}

/// The scalar values of valid UTF-8, one after the other (see ``UTF8Bytes``).
struct UTF8Scalars {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    /// `bytes` must be valid UTF-8, as a `String`'s are.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next scalar's value, or `nil` at the end (or at a truncated last scalar).
    @inline(__always)
    mutating func next() -> UInt32? {
        guard index < bytes.count else { return nil }
        let (value, width) = UTF8Bytes.value(at: index, in: bytes)
        let lead = bytes[index]
        guard lead < 0x80 || width == (lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2) else {
            index = bytes.count
            return nil
        }
        index += width
        return value
    }
}
