/// A word, a run of digits or one mark of punctuation in running text, with where it stands.
///
/// Dates, bylines, names and quotations are all read from tokens rather than with regular
/// expressions: one pass over the scalars, no pattern compiled per file.
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
    var text: Substring

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }

    /// Whether this is the mark `scalar`.
    func isMark(_ scalar: Unicode.Scalar) -> Bool {
        kind == .mark && text.unicodeScalars.first == scalar
    }

    /// Whether the word starts with an upper-case letter.
    var isCapitalized: Bool {
        kind == .word && (text.first?.isUppercase ?? false)
    }

    /// Splits `text` into tokens; spaces separate tokens and are not kept.
    static func tokens(_ text: Substring) -> [TextToken] {
        var tokens: [TextToken] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isSpace(scalar) {
                index = scalars.index(after: index)
                continue
            }
            let start = index
            let kind: Kind
            if isDigit(scalar) {
                kind = .number
                repeat {
                    index = scalars.index(after: index)
                } while index < scalars.endIndex
                    && isDigit(scalars[index])
            } else if isLetter(scalar) {
                kind = .word
                index = scalars.index(after: index)
                while index < scalars.endIndex {
                    let next = scalars[index]
                    if isLetter(next) {
                        index = scalars.index(after: index)
                    } else if isJoiner(next) {
                        let after = scalars.index(after: index)
                        if after < scalars.endIndex, isLetter(scalars[after]) {
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
            } else {
                kind = .mark
                index = scalars.index(after: index)
            }
            tokens.append(TextToken(kind: kind, range: start..<index, text: text[start..<index]))
        }
        return tokens
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x202F, 0x2000...0x200A: true
        default: false
        }
    }

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
