/// Reads the scalar values of valid UTF-8 straight from its bytes, for the per-file scans
/// that look at every scalar: `String.unicodeScalars` re-checks each index it steps over.
struct UTF8Scalars {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    /// `bytes` must be valid UTF-8, as a `String`'s are.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next scalar's value, or `nil` at the end.
    @inline(__always)
    mutating func next() -> UInt32? {
        guard index < bytes.count else { return nil }
        let lead = bytes[index]
        if lead < 0x80 {
            index += 1
            return UInt32(lead)
        }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else {
            index = bytes.count
            return nil
        }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        index += length
        return value
    }
}
