/// Counts words the way readers do: a run of letters, digits and the apostrophes or
/// separators inside them is one word, whatever the script.
enum WordCounter {
    static func count(_ text: String) -> Int {
        var text = text
        return text.withUTF8(count(bytes:))
    }

    /// One pass over valid UTF-8 (a `String`'s bytes): an ASCII byte is its own scalar, so
    /// only a non-ASCII lead byte is decoded (and only then are the property tables read).
    /// ASCII bytes (most of a Latin-script text) are counted up to 8 at once by
    /// ``ASCIIWordBlock``, which carries the same two flags in and out.
    private static func count(bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let wordCharacters = Self.wordCharacters
        let combiningMarks = Self.combiningMarks
        var words = 0
        var inWord = false
        var pendingJoiner = false
        var index = 0
        while index < bytes.count {
            if let block = ByteLanes.load(bytes, at: index) {
                // The ASCII bytes before the first non-ASCII one (all 8 in most blocks).
                let nonASCII = block & ByteLanes.highs
                let ascii = nonASCII == 0 ? 8 : nonASCII.trailingZeroBitCount / 8
                if ascii > 0 {
                    // Two calls, so that the common whole block is counted with its count known.
                    let counted =
                        ascii == 8
                        ? ASCIIWordBlock(block, count: 8, inWord: inWord, pendingJoiner: pendingJoiner)
                        : ASCIIWordBlock(block, count: ascii, inWord: inWord, pendingJoiner: pendingJoiner)
                    words += counted.starts
                    inWord = counted.inWord
                    pendingJoiner = counted.pendingJoiner
                    index += ascii
                    continue
                }
            }
            let byte = bytes[index]
            let value: UInt32
            if byte < 0x80 {
                if isASCIIWordByte(byte) {
                    // A run of ASCII letters and digits is one word, or the rest of one.
                    if !inWord { words += 1 }
                    inWord = true
                    pendingJoiner = false
                    index += 1
                    while index < bytes.count, isASCIIWordByte(bytes[index]) { index += 1 }
                    continue
                }
                value = UInt32(byte)
                index += 1
            } else {
                let (decoded, width) = UTF8Bytes.value(at: index, in: bytes)
                // A truncated last scalar (never in a `String`) ends the text.
                guard width == (byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2) else { break }
                value = decoded
                index += width
            }
            if isWordCharacter(value, wordCharacters) {
                if !inWord { words += 1 }
                inWord = true
                pendingJoiner = false
            } else if inWord, !pendingJoiner, value >= 0x300, combiningMarks.contains(value) {
                // A virama, nukta or vowel sign belongs to the letter before it.
            } else if inWord, !pendingJoiner, isJoiner(value) {
                pendingJoiner = true
            } else {
                inWord = false
                pendingJoiner = false
            }
        }
        return words
    }

    /// Letters and digits beyond ASCII, by their Unicode properties.
    private static let wordCharacters = ScalarBitTable {
        $0.properties.isAlphabetic || $0.properties.numericType != nil
    }

    /// Marks that combine with the character before them.
    private static let combiningMarks = ScalarBitTable { scalar in
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// `0`-`9`, `A`-`Z`, `a`-`z`: ASCII's word characters, as ``isWordCharacter(_:_:)`` says.
    @inline(__always)
    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// ASCII is decided by range; other scalars by their properties.
    @inline(__always)
    private static func isWordCharacter(_ value: UInt32, _ wordCharacters: ScalarBitTable) -> Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0..<0x80: false
        default: wordCharacters.contains(value)
        }
    }

    /// `don't`, `2,000`, `3.5`, `well-known`, `l’État`: one word each.
    @inline(__always)
    private static func isJoiner(_ value: UInt32) -> Bool {
        switch value {
        case 0x27, 0x2019, 0x2C, 0x2E, 0x2D, 0xB7: true
        default: false
        }
    }
}
