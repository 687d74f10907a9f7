/// Counts words the way readers do: a run of letters, digits and the apostrophes or
/// separators inside them is one word, whatever the script.
enum WordCounter {
    static func count(_ text: String) -> Int {
        var words = 0
        var inWord = false
        var pendingJoiner = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                if !inWord { words += 1 }
                inWord = true
                pendingJoiner = false
            } else if inWord, !pendingJoiner, isJoiner(scalar) {
                pendingJoiner = true
            } else {
                inWord = false
                pendingJoiner = false
            }
        }
        return words
    }

    /// `don't`, `2,000`, `3.5`, `well-known`, `l’État`: one word each.
    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "'", "\u{2019}", ",", ".", "-", "\u{00B7}": true
        default: false
        }
    }
}
