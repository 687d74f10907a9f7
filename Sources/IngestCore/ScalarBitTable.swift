/// One yes-or-no property of every scalar below U+3000, worked out once with the Unicode
/// property look-up it stands for and then read as a bit.
///
/// The per-file word scans (language, word count) ask the same few questions of every
/// scalar; a property look-up through the standard library costs far more than the scan
/// itself, and the scripts ingestd reads most (Latin, Greek, Cyrillic, Arabic, general
/// punctuation) all lie below U+3000. Scalars above it are asked directly.
struct ScalarBitTable: Sendable {
    /// The first scalar the table does not cover.
    static let limit: UInt32 = 0x3000

    private let words: [UInt64]
    private let property: @Sendable (Unicode.Scalar) -> Bool

    init(_ property: @escaping @Sendable (Unicode.Scalar) -> Bool) {
        var words = [UInt64](repeating: 0, count: Int(Self.limit) / 64)
        for value in 0..<Self.limit {
            guard let scalar = Unicode.Scalar(value), property(scalar) else { continue }
            words[Int(value) / 64] |= 1 << UInt64(value % 64)
        }
        self.words = words
        self.property = property
    }

    /// The property of the scalar `value` (a valid scalar value).
    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        if value < Self.limit {
            return words[Int(value &>> 6)] &>> UInt64(value & 63) & 1 == 1
        }
        return Unicode.Scalar(value).map(property) ?? false
    }
}
