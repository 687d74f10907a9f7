/// A lower-cased word packed into three machine words, so that looking it up in a table of
/// known words (months, titles, speech verbs…) compares integers instead of hashing a
/// freshly made `String`.
///
/// Holds the first 24 bytes of the lower-cased UTF-8 and the full length: two complete keys
/// are equal exactly when their bytes are. Text reaching the quotation pass is NFC, so equal
/// bytes are what `String` equality would find there.
struct WordKey: Hashable, Sendable {
    /// Bytes 0–7, 8–15 and 16–23, little end first; zero beyond the word.
    private var low: UInt64 = 0
    private var middle: UInt64 = 0
    private var high: UInt64 = 0
    /// The length of the lower-cased word in UTF-8 bytes, even past the 24 kept (up to
    /// `UInt32.max`, where it stops): 32 bits keep a key, and a token holding one, small.
    private var length: UInt32 = 0

    /// The length of the lower-cased word in UTF-8 bytes, even past the 24 kept.
    var count: Int { Int(length) }

    static let capacity = 24

    init() {}

    /// The key of `word`, taken as already lower-cased.
    init(_ word: some StringProtocol) {
        for byte in word.utf8 { append(byte) }
    }

    /// The key of a lower-cased word of `count` bytes (at most 24) given packed: bytes 0–7,
    /// 8–15 and 16–23, first byte lowest, zero past the word; for readers that lower-case
    /// eight bytes at a time (``TextToken``).
    init(packed low: UInt64, _ middle: UInt64, _ high: UInt64, count: Int) {
        self.low = low
        self.middle = middle
        self.high = high
        length = UInt32(count)
    }

    /// Whether all of the word's bytes are kept (it is no longer than 24 bytes).
    var isComplete: Bool { count <= Self.capacity }

    /// Adds one byte at the end.
    mutating func append(_ byte: UInt8) {
        let position = count
        if length < UInt32.max { length += 1 }
        guard position < Self.capacity else { return }
        let shifted = UInt64(byte) << UInt64((position & 7) * 8)
        switch position >> 3 {
        case 0: low |= shifted
        case 1: middle |= shifted
        default: high |= shifted
        }
    }

    /// The byte at `position`, which must be below ``count`` and the capacity.
    func byte(at position: Int) -> UInt8 {
        let word =
            switch position >> 3 {
            case 0: low
            case 1: middle
            default: high
            }
        return UInt8(truncatingIfNeeded: word >> UInt64((position & 7) * 8))
    }

    /// Whether the (complete) word has the byte `byte`.
    func contains(_ byte: UInt8) -> Bool {
        (0..<min(count, Self.capacity)).contains { self.byte(at: $0) == byte }
    }

    /// Whether the (complete) word ends with `suffix`, byte for byte.
    func hasSuffix(_ suffix: WordKey) -> Bool {
        guard isComplete, suffix.count <= count else { return false }
        // From the end backwards: most words differ from a suffix in their last byte.
        let offset = count - suffix.count
        for position in (0..<suffix.count).reversed() where byte(at: offset + position) != suffix.byte(at: position) {
            return false
        }
        return true
    }

    /// The word again, for complete keys.
    var string: String {
        String(decoding: (0..<min(count, Self.capacity)).map(byte(at:)), as: UTF8.self)
    }

    /// A cheap, well-spread hash for ``WordTable``.
    var mixed: UInt64 {
        var hash = low &* 0x9E37_79B9_7F4A_7C15
        hash ^= (middle ^ UInt64(count)) &* 0xC2B2_AE3D_27D4_EB4F
        hash ^= high &* 0x1656_67B1_9E37_79F9
        return (hash ^ (hash >> 29)) &* 0xFF51_AFD7_ED55_8CCD
    }
}
