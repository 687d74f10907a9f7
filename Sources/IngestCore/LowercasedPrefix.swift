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
struct LowercasedPrefix: Sendable {
    enum Match: Equatable {
        /// The text opens with this phrase, the first in the list it opens with.
        case phrase(String)
        /// The text opens with none of the phrases.
        case noMatch
        /// The bytes cannot tell: ask `lowercased()`.
        case undecided
    }

    private let phrases: [String]
    /// The phrases' bytes one after the other, phrase `n` ending at `ends[n]`: one buffer to
    /// compare against instead of a `String.UTF8View` each.
    private let bytes: [UInt8]
    private let ends: [Int]

    /// - Parameter phrases: each ASCII, lower-case, without CR.
    init(_ phrases: [String]) {
        self.phrases = phrases
        bytes = phrases.flatMap(\.utf8)
        ends = phrases.reduce(into: []) { $0.append(($0.last ?? 0) + $1.utf8.count) }
    }

    /// The first of the phrases that `text` opens with once lower-cased.
    func match(_ text: some StringProtocol) -> Match {
        let utf8 = text.utf8
        // The longest phrase and the byte after it are all that is read.
        return utf8.withContiguousStorageIfAvailable(match(text:))
            ?? Array(utf8.prefix((ends.last ?? 0) + 1)).withUnsafeBufferPointer(match(text:))
    }

    private func match(text: UnsafeBufferPointer<UInt8>) -> Match {
        bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            for (index, end) in ends.enumerated() {
                switch opens(text, with: UnsafeBufferPointer(rebasing: bytes[start..<end])) {
                case true?: return .phrase(phrases[index])
                case false?: start = end
                case nil: return .undecided
                }
            }
            return .noMatch
        }
    }

    /// `text.lowercased().hasPrefix(phrase)`, or `nil` when a non-ASCII byte stands within the
    /// phrase's length (before a mismatch) or right after it.
    private func opens(_ text: UnsafeBufferPointer<UInt8>, with phrase: UnsafeBufferPointer<UInt8>) -> Bool? {
        for (index, expected) in phrase.enumerated() {
            guard index < text.count else { return false }
            let byte = text[index]
            guard byte < 0x80 else { return nil }
            let lower = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
            if lower != expected { return false }
        }
        guard phrase.count < text.count else { return true }
        return text[phrase.count] < 0x80 ? true : nil
    }
}
