/// A word, a run of digits or one mark of punctuation in running text, with where it stands.
///
/// Dates, bylines, names and quotations are all read from tokens rather than with regular
/// expressions: one pass over the UTF-8 bytes, no pattern compiled per file. A token is plain
/// data (offsets, flags and a ``WordKey`` of its lower-cased form), so making, copying and
/// looking one up in a table of known words allocates nothing and counts no references.
struct TextToken {
    enum Kind: Equatable {
        /// Letters, with the apostrophes and hyphens inside them (`O’Brien`, `state-run`).
        case word
        /// ASCII digits.
        case number
        /// Anything else that is not a space, one scalar per token.
        case mark
    }

    // The key first, then the one-byte fields, which fill the end of the key's last word:
    // a token is 56 bytes instead of 72 (they are made for every word of a paragraph).

    /// The word lower-cased; the digits of a number; the mark itself.
    var key: WordKey
    var kind: Kind
    /// Whether a word starts with an upper-case letter.
    var isCapitalized: Bool
    /// Whether a word has no lower-case letter ("IRGC", "US").
    var isAllCaps: Bool
    /// Whether the token is all ASCII, so that its key (when complete) is all there is to it.
    var isASCII: Bool
    /// Where the token stands, in UTF-8 bytes from the start of the text tokenized.
    var range: Range<Int>
    /// A number's value (-1 when it does not fit in an `Int`); a mark's scalar value.
    var value: Int

    init(
        kind: Kind, range: Range<Int>, key: WordKey, value: Int, isCapitalized: Bool, isAllCaps: Bool, isASCII: Bool
    ) {
        self.key = key
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.isASCII = isASCII
        self.range = range
        self.value = value
    }

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    /// The length of the lower-cased token in UTF-8 bytes.
    var utf8Count: Int { key.count }

    /// Whether this is the mark `scalar`.
    func isMark(_ scalar: Unicode.Scalar) -> Bool {
        kind == .mark && value == Int(scalar.value)
    }

    /// Whether this is one of the marks in `marks`.
    func isMark(in marks: String) -> Bool {
        guard kind == .mark else { return false }
        // An ASCII byte in UTF-8 is always that ASCII scalar: look among the bytes.
        if value < 0x80 { return marks.utf8.contains(UInt8(truncatingIfNeeded: value)) }
        return marks.unicodeScalars.contains { Int($0.value) == value }
    }

    /// Whether this is the word (or number, or mark) `key`.
    func `is`(_ key: WordKey) -> Bool { self.key == key }

    /// The token lower-cased, as a string: for the rare checks a key cannot answer.
    /// `text` is the text the token was read from.
    func lower(in text: Substring) -> String {
        String(
            decoding: text.utf8[Self.index(range.lowerBound, in: text)..<Self.index(range.upperBound, in: text)],
            as: UTF8.self
        ).lowercased()
    }

    /// Whether the lower-cased token ends with `suffix` (not empty), as `String.hasSuffix`
    /// says: byte for byte for a short ASCII word, by characters otherwise. A last byte that
    /// differs says no without making the string: exact for suffixes that end in ASCII or
    /// in `’` (the ones used), which no other sequence of scalars is canonically equal to.
    func hasSuffix(_ suffix: WordKey, in text: Substring) -> Bool {
        if key.isComplete {
            if isASCII { return key.hasSuffix(suffix) }
            if key.byte(at: key.count - 1) != suffix.byte(at: suffix.count - 1) { return false }
        }
        return lower(in: text).hasSuffix(suffix.string)
    }

    /// The position `offset` UTF-8 bytes into `text`.
    static func index(_ offset: Int, in text: Substring) -> String.Index {
        text.utf8.index(text.startIndex, offsetBy: offset)
    }

    /// The part of `text` between two UTF-8 offsets.
    static func slice(_ text: Substring, _ range: Range<Int>) -> Substring {
        text[index(range.lowerBound, in: text)..<index(range.upperBound, in: text)]
    }

    /// Splits `text` into tokens; spaces separate tokens and are not kept.
    static func tokens(_ text: Substring) -> [TextToken] {
        if let tokens = text.utf8.withContiguousStorageIfAvailable(tokens(bytes:)) { return tokens }
        return Array(text.utf8).withUnsafeBufferPointer(tokens(bytes:))
    }

    private static func tokens(bytes: UnsafeBufferPointer<UInt8>) -> [TextToken] {
        var tokens: [TextToken] = []
        tokens.reserveCapacity(bytes.count / 4)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            // An ASCII byte is told by itself, without decoding a scalar: the spaces are
            // 0x20, tab, LF and CR; the letters A-Z and a-z; the digits; any other is a mark.
            if byte < 0x80 {
                switch byte {
                case 0x20, 0x09, 0x0A, 0x0D:
                    index += 1
                case 0x41...0x5A, 0x61...0x7A:
                    if let token = plainASCIIWord(from: index, in: bytes) {
                        tokens.append(token)
                        index = token.range.upperBound
                    } else {
                        let start = index
                        index = wordEnd(from: start + 1, in: bytes)
                        tokens.append(word(UnsafeBufferPointer(rebasing: bytes[start..<index]), at: start))
                    }
                case 0x30...0x39:
                    tokens.append(number(from: index, in: bytes))
                    index = tokens[tokens.count - 1].range.upperBound
                default:
                    tokens.append(
                        TextToken(
                            kind: .mark, range: index..<(index + 1), key: WordKey(packed: UInt64(byte), 0, 0, count: 1),
                            value: Int(byte), isCapitalized: false, isAllCaps: false, isASCII: true))
                    index += 1
                }
                continue
            }
            let (scalar, width) = UTF8Bytes.scalar(at: index, in: bytes)
            if isSpace(scalar) {
                index += width
                continue
            }
            let start = index
            if isLetter(scalar) {
                index = wordEnd(from: start + width, in: bytes)
                tokens.append(word(UnsafeBufferPointer(rebasing: bytes[start..<index]), at: start))
            } else {
                index += width
                var key = WordKey()
                for byte in bytes[start..<index] { key.append(byte) }
                tokens.append(
                    TextToken(
                        kind: .mark, range: start..<index, key: key, value: Int(scalar.value), isCapitalized: false,
                        isAllCaps: false, isASCII: false))
            }
        }
        return tokens
    }

    /// The run of ASCII digits at `start`: its digits as the key, its value (-1 past `Int.max`).
    private static func number(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> TextToken {
        var key = WordKey()
        var value = 0
        var fits = true
        var index = start
        repeat {
            let digit = bytes[index]
            key.append(digit)
            let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
            let (plus, overflowPlus) = times.addingReportingOverflow(Int(digit - 0x30))
            fits = fits && !overflowTimes && !overflowPlus
            value = plus
            index += 1
        } while index < bytes.count && isDigit(bytes[index])
        return TextToken(
            kind: .number, range: start..<index, key: key, value: fits ? value : -1, isCapitalized: false,
            isAllCaps: false, isASCII: true)
    }

    /// Where the word whose first letter ends at `index` ends: letters, and an apostrophe or
    /// hyphen between letters; a hyphen left hanging ("Amir- Ali") still belongs to its word.
    private static func wordEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = start
        while index < bytes.count {
            // Most words are ASCII letters to the end.
            let byte = bytes[index]
            if (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) {
                index += 1
                continue
            }
            let (next, width) = UTF8Bytes.scalar(at: index, in: bytes)
            if isLetter(next) {
                index += width
            } else if isJoiner(next) {
                let after = index + width
                if after < bytes.count, isLetter(UTF8Bytes.scalar(at: after, in: bytes).scalar) {
                    index = after
                } else {
                    return isHyphen(next) ? after : index
                }
            } else {
                return index
            }
        }
        return index
    }

    /// The word at `start` in one pass, when it is ASCII letters only and what follows can
    /// neither extend it nor join it to more (the end, or an ASCII byte other than a letter,
    /// `'` or `-`): the token ``wordEnd(from:in:)`` and ``word(_:at:)`` would make. `nil` for
    /// any other word, which they read.
    ///
    /// Eight bytes at a time (``ASCIILetterRun``) while eight are left and the word fits the
    /// key's 24 bytes; byte by byte otherwise. `bytes[start]` must be an ASCII letter.
    @inline(__always)
    private static func plainASCIIWord(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> TextToken? {
        var packed: (UInt64, UInt64, UInt64) = (0, 0, 0)
        // Bit 5 of each lower-case letter: none means all capitals (a word has a letter).
        var lowerCaseBits: UInt64 = 0
        var index = start
        var capitalized = false
        for lane in 0..<3 {
            guard let block = ByteLanes.load(bytes, at: index) else { break }
            let run = ASCIILetterRun(block)
            // Bit 5 is set in lower-case letters and clear in capitals.
            lowerCaseBits |= block & run.lowercased & 0x2020_2020_2020_2020
            switch lane {
            case 0:
                packed.0 = run.lowercased
                capitalized = block & 0x20 == 0
            case 1: packed.1 = run.lowercased
            default: packed.2 = run.lowercased
            }
            index += run.count
            guard run.count == 8 else {
                let next = UInt8(truncatingIfNeeded: block >> UInt64(run.count * 8))
                if next >= 0x80 || next == UInt8(ascii: "'") || next == UInt8(ascii: "-") { return nil }
                let count = index - start
                return TextToken(
                    kind: .word, range: start..<index, key: WordKey(packed: packed.0, packed.1, packed.2, count: count),
                    value: 0, isCapitalized: capitalized, isAllCaps: lowerCaseBits == 0, isASCII: true)
            }
        }
        return plainASCIIWordByBytes(from: start, in: bytes)
    }

    /// ``plainASCIIWord(from:in:)`` one byte at a time: near the end of the text, and for words
    /// longer than the key.
    private static func plainASCIIWordByBytes(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> TextToken? {
        var key = WordKey()
        var upper = 0
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if (0x41...0x5A).contains(byte) {
                key.append(byte | 0x20)
                upper += 1
            } else if (0x61...0x7A).contains(byte) {
                key.append(byte)
            } else {
                break
            }
            index += 1
        }
        if index < bytes.count {
            let next = bytes[index]
            if next >= 0x80 || next == UInt8(ascii: "'") || next == UInt8(ascii: "-") { return nil }
        }
        return TextToken(
            kind: .word, range: start..<index, key: key, value: 0,
            isCapitalized: (0x41...0x5A).contains(bytes[start]), isAllCaps: upper > 0 && upper == index - start,
            isASCII: true)
    }

    /// The word token of `word`, which starts `offset` bytes into the text: lower-cased byte by
    /// byte while it is ASCII, by `String.lowercased()` otherwise.
    private static func word(_ word: UnsafeBufferPointer<UInt8>, at offset: Int) -> TextToken {
        let range = offset..<(offset + word.count)
        var key = WordKey()
        var upper = 0
        var letters = 0
        for byte in word {
            if (0x41...0x5A).contains(byte) {
                key.append(byte | 0x20)
                upper += 1
                letters += 1
            } else if byte < 0x80 {
                if byte >= 0x61 { letters += 1 }
                key.append(byte)
            } else {
                return nonASCIIWord(word, range: range)
            }
        }
        return TextToken(
            kind: .word, range: range, key: key, value: 0, isCapitalized: (0x41...0x5A).contains(word.first ?? 0),
            isAllCaps: upper > 0 && upper == letters, isASCII: true)
    }

    private static func nonASCIIWord(_ word: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> TextToken {
        let text = String(decoding: word, as: UTF8.self)
        var key = WordKey()
        for byte in text.lowercased().utf8 { key.append(byte) }
        let capitalized = text.first?.isUppercase ?? false
        return TextToken(
            kind: .word, range: range, key: key, value: 0, isCapitalized: capitalized,
            isAllCaps: capitalized && !text.contains(where: \.isLowercase), isASCII: false)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x202F, 0x2000...0x200A: true
        default: false
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }

    /// Whether `scalar` is a letter (or a combining mark, which belongs to its letter). A
    /// non-ASCII scalar below U+3000 (dashes, curly quotes, accented letters) is read from
    /// ``letters``, a bit table made with ``hasLetterProperties(_:)`` itself.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
        }
        return letters.contains(scalar.value)
    }

    /// Which scalars are letters, by ``hasLetterProperties(_:)``, for scalars below U+3000 in a table.
    static let letters = ScalarBitTable(hasLetterProperties)

    /// The letter rule as Unicode properties state it: alphabetic, or a combining mark.
    static func hasLetterProperties(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark
    }

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || isHyphen(scalar)
    }

    private static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }
}
