/// A word, a run of digits or one mark of punctuation in running text, with where it stands.
///
/// Dates, bylines, names and quotations are all read from tokens rather than with regular
/// expressions: one pass over the UTF-8 bytes, each word lower-cased once (words of up to 15
/// bytes are stored inline, without an allocation), no pattern compiled per file.
struct TextToken {
    enum Kind: Equatable {
        /// Letters, with the apostrophes and hyphens inside them (`O’Brien`, `state-run`).
        case word
        /// ASCII digits.
        case number
        /// Anything else that is not a space, one scalar per token.
        case mark
    }

    var kind: Kind
    var range: Range<String.Index>
    /// The word lower-cased; the digits of a number; the mark itself.
    var lower: String
    /// Whether a word starts with an upper-case letter.
    var isCapitalized: Bool
    /// Whether a word has no lower-case letter ("IRGC", "US").
    var isAllCaps: Bool

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var utf8Count: Int { lower.utf8.count }

    /// Whether this is the mark `scalar`.
    func isMark(_ scalar: Unicode.Scalar) -> Bool {
        kind == .mark && lower.unicodeScalars.first == scalar
    }

    /// Whether this is one of the marks in `marks`.
    func isMark(in marks: String) -> Bool {
        kind == .mark && lower.unicodeScalars.first.map(marks.unicodeScalars.contains) == true
    }

    /// Splits `text` into tokens; spaces separate tokens and are not kept.
    static func tokens(_ text: Substring) -> [TextToken] {
        var tokens: [TextToken] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        let utf8 = text.utf8
        let scalars = text.unicodeScalars
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let scalar = byte < 0x80 ? Unicode.Scalar(byte) : scalars[index]
            if isSpace(scalar) {
                index = byte < 0x80 ? utf8.index(after: index) : scalars.index(after: index)
                continue
            }
            let start = index
            if isDigit(scalar) {
                repeat { index = utf8.index(after: index) } while index < utf8.endIndex && isDigit(utf8[index])
                tokens.append(
                    TextToken(
                        kind: .number, range: start..<index, lower: String(text[start..<index]), isCapitalized: false,
                        isAllCaps: false))
            } else if isLetter(scalar) {
                var ascii = byte < 0x80
                index = ascii ? utf8.index(after: index) : scalars.index(after: index)
                while index < utf8.endIndex {
                    let nextByte = utf8[index]
                    let next = nextByte < 0x80 ? Unicode.Scalar(nextByte) : scalars[index]
                    if isLetter(next) {
                        ascii = ascii && nextByte < 0x80
                        index = nextByte < 0x80 ? utf8.index(after: index) : scalars.index(after: index)
                    } else if isJoiner(next) {
                        let after = scalars.index(after: index)
                        if after < utf8.endIndex, isLetter(scalars[after]) {
                            ascii = ascii && nextByte < 0x80
                            index = after
                        } else if isHyphen(next) {
                            // "Amir- Ali": a hyphen left hanging still belongs to its word.
                            index = after
                            break
                        } else {
                            break
                        }
                    } else {
                        break
                    }
                }
                tokens.append(word(text[start..<index], ascii: ascii))
            } else {
                index = byte < 0x80 ? utf8.index(after: index) : scalars.index(after: index)
                tokens.append(
                    TextToken(
                        kind: .mark, range: start..<index, lower: String(scalar), isCapitalized: false,
                        isAllCaps: false))
            }
        }
        return tokens
    }

    private static func word(_ word: Substring, ascii: Bool) -> TextToken {
        let range = word.startIndex..<word.endIndex
        guard ascii else {
            let lower = word.lowercased()
            let capitalized = word.first?.isUppercase ?? false
            return TextToken(
                kind: .word, range: range, lower: lower, isCapitalized: capitalized,
                isAllCaps: capitalized && !word.contains(where: \.isLowercase))
        }
        var upper = 0
        var letters = 0
        let lower = String(unsafeUninitializedCapacity: word.utf8.count) { buffer in
            var count = 0
            for byte in word.utf8 {
                if (0x41...0x5A).contains(byte) {
                    buffer[count] = byte | 0x20
                    upper += 1
                    letters += 1
                } else {
                    if (0x61...0x7A).contains(byte) { letters += 1 }
                    buffer[count] = byte
                }
                count += 1
            }
            return count
        }
        let first = word.utf8.first ?? 0
        return TextToken(
            kind: .word, range: range, lower: lower, isCapitalized: (0x41...0x5A).contains(first),
            isAllCaps: upper > 0 && upper == letters)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x202F, 0x2000...0x200A: true
        default: false
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
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
