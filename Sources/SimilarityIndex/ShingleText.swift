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
        withWords(of: text) { words in
            // The last `width` word hashes, oldest first; one small buffer per text.
            var window = [UInt64](repeating: 0, count: width)
            window.withUnsafeMutableBufferPointer { window in
                var count = 0
                while let word = words.next() {
                    for index in 0..<(width - 1) { window[index] = window[index + 1] }
                    window[width - 1] = word
                    count += 1
                    if count >= width { body(shingle(of: window, last: width)) }
                }
                if count > 0 && count < width { body(shingle(of: window, last: count)) }
            }
        }
    }

    /// The number of words `text` has, as the shingles count them.
    public static func wordCount(of text: String) -> Int {
        withWords(of: text) { words in
            var count = 0
            while words.next() != nil { count += 1 }
            return count
        }
    }

    /// An odd constant (2^64 / golden ratio) that chains word hashes into a shingle hash.
    private static let shingleMultiplier: UInt64 = 0x9e37_79b9_7f4a_7c15

    /// The hash of the shingle of the last `count` words of `window`.
    @inline(__always)
    private static func shingle(of window: UnsafeMutableBufferPointer<UInt64>, last count: Int) -> UInt64 {
        var state = UInt64(truncatingIfNeeded: count) &* shingleMultiplier
        for index in (window.count - count)..<window.count {
            state = (state ^ window[index]) &* shingleMultiplier
        }
        return Hash64.mix(state)
    }

    /// Runs `body` with an iterator over the word hashes of `text`.
    private static func withWords<Result>(of text: String, _ body: (inout WordIterator) -> Result) -> Result {
        var text = text
        text.makeContiguousUTF8()
        let result = text.utf8.withContiguousStorageIfAvailable { bytes in
            var words = WordIterator(bytes)
            return body(&words)
        }
        guard let result else { preconditionFailure("a native string's UTF-8 is contiguous") }
        return result
    }
}

/// The hashes of the normalized words of UTF-8 text, in reading order: each word's bytes
/// (lowercased, folded) are hashed with FNV-1a as they are read, then mixed.
struct WordIterator {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var state = Hash64.fnvOffsetBasis
    private var inWord = false
    /// A one-character word met while another word was open, to return next.
    private var pending: UInt64?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The hash of the next word, or nil at the end.
    mutating func next() -> UInt64? {
        if let word = pending {
            pending = nil
            return word
        }
        let end = bytes.count
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                switch lead {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    feed(lead)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    feed(lead | 0x20)
                case UInt8(ascii: "'"):
                    break
                default:
                    if let word = endWord() { return word }
                }
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard index + length <= end else { break }
            var value = UInt32(lead) & (0xFF >> (length + 1))
            for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            let scalarBytes = UnsafeBufferPointer(rebasing: bytes[index..<(index + length)])
            index += length
            if let word = scalar(value, bytes: scalarBytes) { return word }
        }
        index = end
        return endWord()
    }

    @inline(__always)
    private mutating func feed(_ byte: UInt8) {
        state = Hash64.fnv1a(state, byte)
        inWord = true
    }

    /// Closes the open word, if any, and returns its hash.
    @inline(__always)
    private mutating func endWord() -> UInt64? {
        guard inWord else { return nil }
        let word = Hash64.mix(state)
        state = Hash64.fnvOffsetBasis
        inWord = false
        return word
    }

    /// Reads one non-ASCII scalar; returns the hash of a word it ends, if any.
    private mutating func scalar(_ value: UInt32, bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        switch value {
        case 0x00AD, 0x02BC, 0x2019, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x0640, 0x064B...0x065F, 0x0670:
            // Soft hyphen, apostrophes, zero-width (non-)joiners, word joiner, BOM, tatweel,
            // Arabic vowel marks: invisible or optional inside a word.
            return nil
        case 0x064A, 0x0649:
            feedScalar(0x06CC)  // Arabic yeh, alef maksura -> Persian yeh
            return nil
        case 0x0643:
            feedScalar(0x06A9)  // Arabic kaf -> Persian keheh
            return nil
        case 0x0660...0x0669:
            feed(UInt8(value - 0x0660) + UInt8(ascii: "0"))
            return nil
        case 0x06F0...0x06F9:
            feed(UInt8(value - 0x06F0) + UInt8(ascii: "0"))
            return nil
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0x4E00...0x9FFF:
            return standalone(bytes)  // Kana, and the common block of Han ideographs
        case 0x00C0...0x00D6, 0x00D8...0x00DE, 0x0410...0x042F:
            feedScalar(value + 0x20)  // Latin-1 and Cyrillic capitals: lowercase is 0x20 further
            return nil
        case 0x00DF...0x00F6, 0x00F8...0x00FF, 0x0430...0x044F, 0x0621...0x063A, 0x0641...0x0648,
            0x0671...0x06D3, 0xAC00...0xD7A3:
            // Lowercase Latin-1 and Cyrillic, Arabic-script letters, Hangul syllables: letters
            // without case, taken as they are without a look-up of their properties.
            for byte in bytes { feed(byte) }
            return nil
        case 0x00A0, 0x00AB, 0x00BB, 0x2000...0x206F:
            // No-break space, guillemets, and the General Punctuation block (curly quotes,
            // dashes, ellipsis…; its joiners and apostrophe are matched above): separators, as
            // the property look-up below would find (tested for each), without the look-up.
            return endWord()
        default:
            break
        }
        guard let scalar = Unicode.Scalar(value) else { return endWord() }
        let properties = scalar.properties
        if properties.isIdeographic {
            return standalone(bytes)
        } else if properties.isAlphabetic || Self.isNumberOrMark(properties.generalCategory) {
            if properties.changesWhenLowercased {
                for byte in properties.lowercaseMapping.utf8 { feed(byte) }
            } else {
                for byte in bytes { feed(byte) }
            }
            return nil
        } else {
            return endWord()
        }
    }

    /// A character that is a word by itself (scripts written without spaces): ends the open
    /// word, if any, and is returned after it.
    private mutating func standalone(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let open = endWord()
        for byte in bytes { feed(byte) }
        let own = endWord()
        guard let open else { return own }
        pending = own
        return open
    }

    /// Feeds a scalar of U+0080...U+07FF (two UTF-8 bytes), the range of the folded letters.
    private mutating func feedScalar(_ value: UInt32) {
        feed(UInt8(0xC0 | value >> 6))
        feed(UInt8(0x80 | value & 0x3F))
    }

    private static func isNumberOrMark(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }
}
