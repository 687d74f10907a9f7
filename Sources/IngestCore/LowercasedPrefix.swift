/// Tells which of a list of lower-case ASCII phrases a text opens with once lower-cased
/// (`text.lowercased().hasPrefix(phrase)`), from the text's bytes: lower-casing a header line
/// to compare it with a dozen openings costs more than the rest of reading it.
///
/// Exact where it answers, and it says when it cannot: over ASCII bytes, lower-casing maps
/// A–Z to a–z and nothing else, and every two ASCII characters are two `Character`s (bar
/// CR LF, and no phrase holds a CR), so a byte comparison decides `hasPrefix` as long as
/// every byte it reads, and the one after the phrase (which might be a combining mark that
/// joins the phrase's last character), is ASCII. A non-ASCII byte there (U+212A KELVIN SIGN
/// lower-cases to `k`) leaves the answer to `lowercased()`.
enum LowercasedPrefix {
    enum Match: Equatable {
        /// The text opens with this phrase, the first in the list it opens with.
        case phrase(String)
        /// The text opens with none of the phrases.
        case noMatch
        /// The bytes cannot tell: ask `lowercased()`.
        case undecided
    }

    /// The first of `phrases` (each ASCII, lower-case, without CR) that `text` opens with.
    static func match(_ phrases: [String], opening text: some StringProtocol) -> Match {
        let text = text.utf8
        for phrase in phrases {
            switch opens(text, with: phrase.utf8) {
            case true?: return .phrase(phrase)
            case false?: continue
            case nil: return .undecided
            }
        }
        return .noMatch
    }

    /// `text.lowercased().hasPrefix(phrase)`, or `nil` when a non-ASCII byte stands within the
    /// phrase's length or right after it.
    private static func opens(_ text: some Collection<UInt8>, with phrase: String.UTF8View) -> Bool? {
        var index = text.startIndex
        for expected in phrase {
            guard index < text.endIndex else { return false }
            let byte = text[index]
            guard byte < 0x80 else { return nil }
            let lower = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
            if lower != expected { return false }
            text.formIndex(after: &index)
        }
        guard index < text.endIndex else { return true }
        return text[index] < 0x80 ? true : nil
    }
}
