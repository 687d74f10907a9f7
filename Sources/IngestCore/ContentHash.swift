import Crypto

/// The SHA-256 that identifies an article's content, and the short id derived from it.
///
/// It covers the normalized title and body only, so that where or when a file was saved, or
/// the page furniture around the article, never makes the same article look new.
public struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    /// The 32 digest bytes, as four words: a fixed-size key that is cheap to keep in an index.
    public let words: (UInt64, UInt64, UInt64, UInt64)

    /// Hashes an article's normalized title and body.
    public init(title: String?, body: String) {
        var hasher = SHA256()
        // Straight from the strings' own UTF-8 storage: a body is hashed without a copy.
        var title = title ?? ""
        var body = body
        title.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        hasher.update(data: [0x0A, 0x0A])
        body.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        // The digest's 32 bytes read in place, as four big-endian words.
        words = hasher.finalize().withUnsafeBytes { digest in
            func word(_ start: Int) -> UInt64 {
                UInt64(bigEndian: digest.loadUnaligned(fromByteOffset: start, as: UInt64.self))
            }
            return (word(0), word(8), word(16), word(24))
        }
    }

    /// Rebuilds a hash from its four words, as an index file keeps them.
    public init(words: (UInt64, UInt64, UInt64, UInt64)) {
        self.words = words
    }

    /// Reads a 64-character hexadecimal digest, as stored in a record's `sha256` field.
    public init?(hex: some Collection<UInt8>) {
        guard hex.count == 64 else { return nil }
        // Read in place when the bytes are contiguous (a store line's are): a store indexed
        // without its index file reads one per line.
        let read = hex.withContiguousStorageIfAvailable { ContentHash.words(ofHex: $0) }
        guard let words = read ?? ContentHash.words(ofHex: Array(hex)) else { return nil }
        self.words = words
    }

    /// The four big-endian words that 64 hexadecimal digits spell; `nil` for any other byte.
    private static func words(ofHex hex: some RandomAccessCollection<UInt8>) -> (UInt64, UInt64, UInt64, UInt64)? {
        func word(_ number: Int) -> UInt64? {
            var value: UInt64 = 0
            for digit in hex.dropFirst(16 * number).prefix(16) {
                guard let nibble = nibble(digit) else { return nil }
                value = value << 4 | UInt64(nibble)
            }
            return value
        }
        guard let first = word(0), let second = word(1), let third = word(2), let fourth = word(3) else { return nil }
        return (first, second, third, fourth)
    }

    /// The digest as 64 lowercase hexadecimal characters.
    public var hex: String {
        String(unsafeUninitializedCapacity: 64) { buffer in
            for (offset, word) in [words.0, words.1, words.2, words.3].enumerated() {
                for digit in 0..<16 {
                    let nibble = UInt8(truncatingIfNeeded: word >> UInt64(60 - 4 * digit)) & 0x0F
                    buffer[16 * offset + digit] =
                        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") - 10 + nibble
                }
            }
            return 64
        }
    }

    /// A stable article id: the first 16 hex digits (64 bits) of the digest.
    public var articleID: String { String(hex.prefix(16)) }

    public var description: String { hex }

    public static func == (lhs: ContentHash, rhs: ContentHash) -> Bool {
        lhs.words == rhs.words
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
    }

    private static func nibble(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
