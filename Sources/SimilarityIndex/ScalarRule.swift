/// What one non-ASCII scalar does to the word being read, by the rules ``ShingleText``
/// describes: the word reader takes ASCII itself and asks here for everything else.
enum ScalarRule {
    /// The scalar is invisible or optional inside a word (soft hyphen, apostrophe, joiner,
    /// tatweel, Arabic vowel mark): the word goes on, unchanged.
    case dropped
    /// The scalar's bytes (lowercased, folded) were fed to the word's hash: a word is open.
    case fed
    /// The scalar separates words: the open word, if any, ends.
    case separator
    /// The scalar is a word by itself (scripts written without spaces): the open word, if any,
    /// ends, and the scalar's own bytes make the next word.
    case standalone

    /// The rule for the scalar `value`, whose UTF-8 is `bytes`; when it is `fed`, `state` is the
    /// FNV-1a state after its bytes.
    static func apply(to value: UInt32, bytes: UnsafeBufferPointer<UInt8>, state: inout UInt64) -> ScalarRule {
        switch value {
        case 0x00AD, 0x02BC, 0x2019, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x0640, 0x064B...0x065F, 0x0670:
            // Soft hyphen, apostrophes, zero-width (non-)joiners, word joiner, BOM, tatweel,
            // Arabic vowel marks: invisible or optional inside a word.
            return .dropped
        case 0x064A, 0x0649:
            state = feedTwoByteScalar(0x06CC, state)  // Arabic yeh, alef maksura -> Persian yeh
            return .fed
        case 0x0643:
            state = feedTwoByteScalar(0x06A9, state)  // Arabic kaf -> Persian keheh
            return .fed
        case 0x0660...0x0669:
            state = Hash64.fnv1a(state, UInt8(value - 0x0660) + UInt8(ascii: "0"))
            return .fed
        case 0x06F0...0x06F9:
            state = Hash64.fnv1a(state, UInt8(value - 0x06F0) + UInt8(ascii: "0"))
            return .fed
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0x4E00...0x9FFF:
            return .standalone  // Kana, and the common block of Han ideographs
        case 0x00C0...0x00D6, 0x00D8...0x00DE, 0x0410...0x042F:
            state = feedTwoByteScalar(value + 0x20, state)  // Latin-1 and Cyrillic capitals: lowercase is 0x20 further
            return .fed
        case 0x00DF...0x00F6, 0x00F8...0x00FF, 0x0430...0x044F, 0x0621...0x063A, 0x0641...0x0648,
            0x0671...0x06D3, 0xAC00...0xD7A3:
            // Lowercase Latin-1 and Cyrillic, Arabic-script letters, Hangul syllables: letters
            // without case, taken as they are without a look-up of their properties.
            for byte in bytes { state = Hash64.fnv1a(state, byte) }
            return .fed
        case 0x00A0, 0x00AB, 0x00BB, 0x2000...0x206F:
            // No-break space, guillemets, and the General Punctuation block (curly quotes,
            // dashes, ellipsis…; its joiners and apostrophe are matched above): separators, as
            // the property look-up below would find (tested for each), without the look-up.
            return .separator
        default:
            return byProperties(value, bytes: bytes, state: &state)
        }
    }

    /// The general rule, by the scalar's Unicode properties.
    private static func byProperties(_ value: UInt32, bytes: UnsafeBufferPointer<UInt8>, state: inout UInt64)
        -> ScalarRule
    {
        guard let scalar = Unicode.Scalar(value) else { return .separator }
        let properties = scalar.properties
        if properties.isIdeographic {
            return .standalone
        } else if properties.isAlphabetic || isNumberOrMark(properties.generalCategory) {
            var fed = false
            if properties.changesWhenLowercased {
                for byte in properties.lowercaseMapping.utf8 {
                    state = Hash64.fnv1a(state, byte)
                    fed = true
                }
            } else {
                for byte in bytes {
                    state = Hash64.fnv1a(state, byte)
                    fed = true
                }
            }
            return fed ? .fed : .dropped
        } else {
            return .separator
        }
    }

    /// Feeds a scalar of U+0080...U+07FF (two UTF-8 bytes), the range of the folded letters.
    @inline(__always)
    private static func feedTwoByteScalar(_ value: UInt32, _ state: UInt64) -> UInt64 {
        Hash64.fnv1a(Hash64.fnv1a(state, UInt8(0xC0 | value >> 6)), UInt8(0x80 | value & 0x3F))
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
