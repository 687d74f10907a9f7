/// The first letters of a list of lower-case phrases, to tell without lower-casing a text
/// that it cannot open with any of them (`text.lowercased().hasPrefix(phrase)` false for all).
///
/// Exact, not a heuristic: `hasPrefix` compares characters, so a phrase opening with an ASCII
/// byte matches only a lower-cased text whose first character is that lone byte, and
/// lower-casing maps an ASCII byte only to an ASCII byte (A–Z to a–z). A text that opens with
/// a non-ASCII byte is always let through (U+212A KELVIN SIGN lower-cases to `k`).
struct LeadLetters: Sendable {
    /// Bit n of word n / 64 is set when some phrase opens with the ASCII byte n.
    private var bits: (UInt64, UInt64) = (0, 0)
    /// Some phrase opens with a non-ASCII character.
    private var anyNonASCII = false

    init(_ phrases: some Sequence<String>) {
        for phrase in phrases {
            guard let lead = phrase.utf8.first else { continue }
            if lead >= 0x80 {
                anyNonASCII = true
            } else if lead < 64 {
                bits.0 |= 1 << UInt64(lead)
            } else {
                bits.1 |= 1 << UInt64(lead - 64)
            }
        }
    }

    /// `false` when `text`, lower-cased, surely opens with none of the phrases.
    func mayOpen(_ text: some StringProtocol) -> Bool {
        guard let first = text.utf8.first else { return false }
        guard first < 0x80 else { return true }
        let lead = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) ? first | 0x20 : first
        return lead < 64 ? bits.0 >> UInt64(lead) & 1 == 1 : bits.1 >> UInt64(lead - 64) & 1 == 1
    }
}
