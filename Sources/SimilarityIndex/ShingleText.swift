/// Turns a body into the hashes of its word shingles (runs of `width` consecutive words), the
/// unit every similarity measure here counts: two republications of one article share almost
/// all of their shingles, two articles on one subject share few (common phrases are short).
///
/// Words are read straight from the UTF-8 bytes, without building strings:
/// - letters, digits and combining marks make words; everything else (spaces, punctuation,
///   symbols) separates them. Apostrophes (`'`, `’`), soft hyphens, zero-width joiners and the
///   Arabic tatweel are dropped inside a word, so "Iran’s" and "Iran's" are one word;
/// - letters are lowercased with Unicode's full mapping (ASCII on a fast path);
/// - Arabic-script variants that writers mix freely are folded: Arabic yeh, alef maksura and
///   kaf to the Persian letters, Arabic-Indic and Persian digits to ASCII, and the optional
///   vowel marks (harakat) are dropped;
/// - scripts written without spaces (Han ideographs, hiragana, katakana) give one word per
///   character, so their shingles are character n-grams.
///
/// A text with fewer words than `width` gives one shingle of all its words; a text without
/// words gives none.
public enum ShingleText {
    /// The shingle width used by the fingerprints and the similarity measures, chosen by
    /// measurement (see `SimilarityCalibrationTests`): 4 words keeps the Jaccard similarity of
    /// articles that share only a subject and its stock phrases near zero, while a typo or a
    /// changed word costs only 4 shingles.
    public static let defaultWidth = 4

    /// The hashes of the shingles of `text`, in reading order (repeats included).
    public static func hashes(of text: String, width: Int = defaultWidth) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(text.utf8.count / 5)
        forEachHash(of: text, width: width) { result.append($0) }
        return result
    }

    /// Calls `body` with the hash of each shingle of `text`, in reading order, without
    /// allocating per shingle.
    public static func forEachHash(of text: String, width: Int = defaultWidth, _ body: (UInt64) -> Void) {
        precondition((1...8).contains(width), "shingle width must be 1...8")
        // The last `width` word hashes, oldest first; one small buffer per text.
        var window = [UInt64](repeating: 0, count: width)
        var words = 0
        func shingle(of count: Int) -> UInt64 {
            var state = UInt64(count) &* shingleMultiplier
            for index in (width - count)..<width {
                state = (state ^ window[index]) &* shingleMultiplier
            }
            return Hash64.mix(state)
        }
        forEachWordHash(of: text) { word in
            for index in 0..<(width - 1) { window[index] = window[index + 1] }
            window[width - 1] = word
            words += 1
            if words >= width { body(shingle(of: width)) }
        }
        if words > 0 && words < width { body(shingle(of: words)) }
    }

    /// The number of words `text` has, as the shingles count them.
    public static func wordCount(of text: String) -> Int {
        var count = 0
        forEachWordHash(of: text) { _ in count += 1 }
        return count
    }

    /// An odd constant (2^64 / golden ratio) that chains word hashes into a shingle hash.
    private static let shingleMultiplier: UInt64 = 0x9e37_79b9_7f4a_7c15

    /// Calls `body` with the hash of each normalized word of `text`, in reading order.
    static func forEachWordHash(of text: String, _ body: (UInt64) -> Void) {
        var text = text
        text.makeContiguousUTF8()
        let visited: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            withoutActuallyEscaping(body) { body in read(bytes, into: body) }
        }
        precondition(visited != nil, "a native string's UTF-8 is contiguous")
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, into body: @escaping (UInt64) -> Void) {
            var reader = WordReader(emit: body)
            var index = 0
            let end = bytes.count
            while index < end {
                let lead = bytes[index]
                if lead < 0x80 {
                    reader.ascii(lead)
                    index += 1
                    continue
                }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                guard index + length <= end else { break }
                var value = UInt32(lead) & (0xFF >> (length + 1))
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                reader.scalar(value, bytes: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
                index += length
            }
            reader.endWord()
    }
}

/// Assembles the normalized bytes of one word at a time into its FNV-1a hash.
private struct WordReader {
    let emit: (UInt64) -> Void
    var state = Hash64.fnvOffsetBasis
    var inWord = false

    init(emit: @escaping (UInt64) -> Void) {
        self.emit = emit
    }

    @inline(__always)
    mutating func feed(_ byte: UInt8) {
        state = Hash64.fnv1a(state, byte)
        inWord = true
    }

    @inline(__always)
    mutating func endWord() {
        guard inWord else { return }
        emit(Hash64.mix(state))
        state = Hash64.fnvOffsetBasis
        inWord = false
    }

    @inline(__always)
    mutating func ascii(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            feed(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            feed(byte | 0x20)
        case UInt8(ascii: "'"):
            break
        default:
            endWord()
        }
    }

    mutating func scalar(_ value: UInt32, bytes: UnsafeBufferPointer<UInt8>) {
        switch value {
        case 0x00AD, 0x02BC, 0x2019, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x0640, 0x064B...0x065F, 0x0670:
            // Soft hyphen, apostrophes, zero-width (non-)joiners, word joiner, BOM, tatweel,
            // Arabic vowel marks: invisible or optional inside a word.
            return
        case 0x064A, 0x0649:
            feedScalar(0x06CC)  // Arabic yeh, alef maksura -> Persian yeh
            return
        case 0x0643:
            feedScalar(0x06A9)  // Arabic kaf -> Persian keheh
            return
        case 0x0660...0x0669:
            feed(UInt8(value - 0x0660) + UInt8(ascii: "0"))
            return
        case 0x06F0...0x06F9:
            feed(UInt8(value - 0x06F0) + UInt8(ascii: "0"))
            return
        case 0x3040...0x30FF, 0x31F0...0x31FF:
            standalone(bytes)
            return
        default:
            break
        }
        guard let scalar = Unicode.Scalar(value) else {
            endWord()
            return
        }
        let properties = scalar.properties
        if properties.isIdeographic {
            standalone(bytes)
        } else if properties.isAlphabetic || isNumberOrMark(properties.generalCategory) {
            if properties.changesWhenLowercased {
                for byte in properties.lowercaseMapping.utf8 { feed(byte) }
            } else {
                for byte in bytes { feed(byte) }
            }
        } else {
            endWord()
        }
    }

    /// A character that is a word by itself (scripts written without spaces).
    private mutating func standalone(_ bytes: UnsafeBufferPointer<UInt8>) {
        endWord()
        for byte in bytes { feed(byte) }
        endWord()
    }

    /// Feeds a scalar of U+0080...U+07FF (two UTF-8 bytes), the range of the folded letters.
    private mutating func feedScalar(_ value: UInt32) {
        feed(UInt8(0xC0 | value >> 6))
        feed(UInt8(0x80 | value & 0x3F))
    }

    private func isNumberOrMark(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }
}
