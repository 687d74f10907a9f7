/// Counts words the way readers do: a run of letters, digits and the apostrophes or
/// separators inside them is one word, whatever the script.
enum WordCounter {
    static func count(_ text: String) -> Int {
        var words = 0
        var inWord = false
        var pendingJoiner = false
        for scalar in text.unicodeScalars {
            if isWordCharacter(scalar) {
                if !inWord { words += 1 }
                inWord = true
                pendingJoiner = false
            } else if inWord, !pendingJoiner, isCombiningMark(scalar) {
                // A virama, nukta or vowel sign belongs to the letter before it.
            } else if inWord, !pendingJoiner, isJoiner(scalar) {
                pendingJoiner = true
            } else {
                inWord = false
                pendingJoiner = false
            }
        }
        return words
    }

    /// ASCII is decided by range; only other scalars pay for a Unicode property lookup.
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0..<0x80: false
        default: scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// `don't`, `2,000`, `3.5`, `well-known`, `l’État`: one word each.
    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "'", "\u{2019}", ",", ".", "-", "\u{00B7}": true
        default: false
        }
    }
}
