/// Decides whether a short line is a person's name, as bylines and signatures give it.
///
/// Deliberately strict: a site name, a tag line or a section heading stored as an author is
/// worse than no author at all.
public enum PersonName {
    /// Lower-case particles that may stand inside a name ("Ali al-Sadr", "Ursula von der Leyen",
    /// "Maria dos Santos"): one list for bylines and for speakers.
    static let particles: Set<String> = [
        "al", "bin", "ibn", "bint", "abu", "da", "de", "del", "der", "di", "du", "el", "la", "le", "van", "von", "dos",
        "das", "ten", "ter",
    ]

    /// Words that mark an organisation, a section or page furniture, never a person.
    private static let nonNameWords: Set<String> = [
        "admin", "administrator", "agency", "anonymous", "associated", "blog", "board", "bureau", "categories",
        "center", "centre", "channel", "comments", "committee", "contributor", "contributors", "correspondent",
        "correspondents", "council", "daily", "desk", "east", "editor", "editorial", "editors", "foundation",
        "government", "group", "guest", "herald", "home", "inc", "institute", "international", "iran", "journal",
        "ltd", "magazine", "media", "ministry", "network", "news", "newsroom", "online", "opinion", "post", "posts",
        "press", "radio", "related", "reply", "report", "reporter", "reporters", "reuters", "review", "service",
        "share", "staff", "team", "the", "times", "tribune", "university", "webmaster", "weekly", "wire", "world",
        "writers",
    ]

    public static func isName(_ text: some StringProtocol) -> Bool {
        let text = Substring(text)
        guard text.utf8.count <= 240, !ByteSearch.hasNewline(text) else { return false }
        // Without a line feed, an ASCII line has as many characters as bytes.
        guard (ByteSearch.isASCII(text) ? text.utf8.count : text.count) <= 60 else { return false }
        let words = ByteSearch.split(text, separator: " ")
        guard (2...5).contains(words.count) else { return false }
        for (index, word) in words.enumerated() {
            let lower = word.lowercased()
            if nonNameWords.contains(lower) { return false }
            if index > 0 && index < words.count - 1 && particles.contains(String(word)) { continue }
            if !isNameWord(word) { return false }
        }
        return true
    }

    /// "Ali", "O’Brien", "Abu-Bakr", "J." — capitalised, letters only, not all capitals.
    private static func isNameWord(_ word: Substring) -> Bool {
        if let ascii = isASCIINameWord(word.utf8) { return ascii }
        guard let first = word.first, first.isUppercase, first.isLetter else { return false }
        let rest = word.dropFirst()
        if rest == "." || rest.isEmpty { return true }
        let letters = rest.filter(\.isLetter)
        guard rest.allSatisfy({ $0.isLetter || "-'’.".contains($0) }) else { return false }
        return letters.contains { $0.isLowercase }
    }

    /// ``isNameWord(_:)`` for an all-ASCII word, by its bytes (in ASCII a character is one
    /// byte, a letter is A–Z or a–z, upper case is A–Z, and `’` is not there); `nil` for a
    /// word with any other character.
    private static func isASCIINameWord(_ word: Substring.UTF8View) -> Bool? {
        guard word.allSatisfy({ $0 < 0x80 }) else { return nil }
        guard let first = word.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) else { return false }
        let rest = word.dropFirst()
        if rest.isEmpty || rest.elementsEqual(".".utf8) { return true }
        guard rest.allSatisfy({ ($0 | 0x20) &- UInt8(ascii: "a") < 26 || "-'.".utf8.contains($0) }) else {
            return false
        }
        return rest.contains { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
    }
}
