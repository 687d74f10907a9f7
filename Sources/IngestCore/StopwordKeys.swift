/// The stopwords of up to 8 bytes, keyed by their UTF-8 bytes packed into an integer (first
/// byte lowest), with the languages each belongs to.
///
/// ``LanguageDetector`` looks up every word of a body here. A `Dictionary` would hash each
/// key with a per-process seeded SipHash; a small open-addressing table with a multiplicative
/// hash answers in a few instructions, and the languages are a bit set, not an array.
struct StopwordKeys: Sendable {
    /// The languages a word belongs to, as indices into ``Stopwords/languages``, ascending.
    struct Languages: Sequence, Sendable {
        fileprivate var bits: UInt8

        var count: Int { bits.nonzeroBitCount }

        func makeIterator() -> Iterator { Iterator(bits: bits) }

        struct Iterator: IteratorProtocol {
            fileprivate var bits: UInt8

            mutating func next() -> Int? {
                guard bits != 0 else { return nil }
                let index = bits.trailingZeroBitCount
                bits &= bits - 1
                return index
            }
        }
    }

    /// 2^bits slots: over four times the stopwords, so probes stay short.
    private static let bits = 11
    /// Keys by slot; 0 marks an empty slot (no word packs to 0).
    private var keys: [UInt64]
    private var languages: [UInt8]

    init(_ table: [String: [Int]]) {
        keys = [UInt64](repeating: 0, count: 1 << Self.bits)
        languages = [UInt8](repeating: 0, count: 1 << Self.bits)
        for (word, wordLanguages) in table where word.utf8.count <= 8 && !word.isEmpty {
            var key: UInt64 = 0
            for (offset, byte) in word.utf8.enumerated() { key |= UInt64(byte) << (8 * UInt64(offset)) }
            var slot = Self.slot(key)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            for language in wordLanguages { languages[slot] |= 1 << UInt8(language) }
        }
    }

    /// The languages of the word packed as `key`, or `nil` when it is no stopword.
    @inline(__always)
    func languages(of key: UInt64) -> Languages? {
        let bits = languageBits(of: key)
        return bits == 0 ? nil : Languages(bits: bits)
    }

    /// The languages of the word packed as `key` as a bit set (language `i` is bit `i`), 0 when
    /// it is no stopword: an index into ``StopwordTally/rows``.
    @inline(__always)
    func languageBits(of key: UInt64) -> UInt8 {
        guard key != 0 else { return 0 }
        var slot = Self.slot(key)
        while true {
            let found = keys[slot]
            if found == key { return languages[slot] }
            if found == 0 { return 0 }
            slot = (slot + 1) & (keys.count - 1)
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> UInt64(64 - bits))
    }
}
