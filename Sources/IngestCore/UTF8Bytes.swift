/// Reads Unicode scalars straight from the UTF-8 bytes of a `String` (valid by construction),
/// for scanners that walk integer offsets instead of `String.Index`es.
enum UTF8Bytes {
    /// The scalar that starts at `index`, and how many bytes it takes.
    static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = UInt32(lead) & (0xFF >> UInt32(width + 1))
        var position = index + 1
        while position < index + width, position < bytes.count {
            value = value << 6 | UInt32(bytes[position] & 0x3F)
            position += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// Where the scalar that ends at `index` (exclusive) starts.
    static func scalarStart(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }
}
