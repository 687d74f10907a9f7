import Testing

@testable import IngestCore

/// The header reader's byte-level shortcuts, each held to the `String` rule it stands for over
/// lines built from the characters that rule could trip on: capitals, a KELVIN SIGN that
/// lower-cases to `k`, combining marks right after a phrase or a comma, a prepended Arabic
/// number sign, NBSP, CR LF, right-to-left text and letters of every UTF-8 length.
@Suite("Header line shortcuts agree with their String rules")
struct HeaderScanTests {
    private static let phrases = ["by ", "posted by ", "par ", "leave a reply", "tags:", "k", "staff", "skip to"]

    /// Pieces that each mix is built of.
    private static let pieces = [
        "By", "BY", "by", "b", "y", " ", "\u{00A0}", "Posted", "posted", "POSTED", "Par", "\u{212A}", "K", "k",
        "Leave a Reply", "LEAVE A", " reply", "Tags:", "tags", ":", "\u{0301}", "e\u{0301}", "é", ",", ",\u{0301}",
        "\u{0600},", "\r\n", "\r", "Staff", "staff", "STAFF", "Skip", " to", "سلام", "שלום", "Ärger", "İ", "ß", "😀",
        "Jane Doe", "Ines", "x", "|", " |", "\u{0600}|", " \u{0301}",
    ]

    private static func lines(count: Int = 3_000) -> [String] {
        var state: UInt64 = 0xB1_11E5
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var lines = pieces + phrases + phrases.map { $0.uppercased() + "\u{0301}" }
        for _ in 0..<count {
            lines.append((0..<(1 + next() % 6)).map { _ in pieces[next() % pieces.count] }.joined())
        }
        return lines
    }

    @Test func openingPhrasesAgreeWithLowercasingTheLine() {
        for line in Self.lines() {
            let expected = Self.phrases.first(where: line.lowercased().hasPrefix)
            switch LowercasedPrefix(Self.phrases).match(line) {
            case .phrase(let found): #expect(found == expected, "\(line.debugDescription)")
            case .noMatch: #expect(expected == nil, "\(line.debugDescription)")
            case .undecided: #expect(line.utf8.contains { $0 >= 0x80 }, "\(line.debugDescription)")
            }
        }
    }

    @Test func theBytesDecideEveryASCIILine() {
        #expect(LowercasedPrefix(Self.phrases).match("BY JANE DOE") == .phrase("by "))
        #expect(LowercasedPrefix(Self.phrases).match("Bystander") == .noMatch)
        // A combining mark after the phrase joins its last character: only lower-casing can say.
        #expect(LowercasedPrefix(Self.phrases).match("Tags:\u{0301} x") == .undecided)
        #expect(LowercasedPrefix(Self.phrases).match("\u{212A}ate") == .undecided)
    }

    @Test func splitsAgreeWithCharacterSplits() {
        for line in Self.lines() {
            let text = Substring(line)
            for separator: Character in [",", " ", "|"] {
                #expect(
                    ByteSearch.split(text, separator: separator) == text.split(separator: separator),
                    "\(line.debugDescription) at \(separator.debugDescription)")
            }
        }
    }

    @Test func bioSubjectsAgreeWithSearchingForEachVerb() {
        let pieces = [
            "Jane Doe", "Ana Li", " writes for ", " is a ", " is an", " covers ", " ist korrespondent",
            " est journaliste ",
            " ", "x", "é", "Zoë Ōno", "\u{00A0}", "\u{0301}", " is the", "the Daily Example.", "سلام",
            String(repeating: "ab ", count: 30),
        ]
        var state: UInt64 = 0xB10
        for _ in 0..<2_000 {
            let line = (0..<(1 + Int(state % 7))).map { _ -> String in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return pieces[Int(state >> 33) % pieces.count]
            }.joined()
            #expect(Byline.bioSubject(line) == Self.referenceBioSubject(line), "\(line.debugDescription)")
        }
        #expect(Byline.bioSubject("Jane Doe writes for the Daily Example.") == "Jane Doe")
    }

    /// `Byline.bioSubject` as it searched the head once for each verb.
    private static func referenceBioSubject(_ line: String) -> String? {
        let paragraph = Substring(line)
        guard paragraph.utf8.count <= 800, !paragraph.contains("\n") else { return nil }
        let utf8 = paragraph.utf8
        var end = utf8.index(utf8.startIndex, offsetBy: min(utf8.count, 84))
        while end < utf8.endIndex, end > utf8.startIndex, (0x80...0xBF).contains(utf8[end]) {
            end = utf8.index(before: end)
        }
        let head = paragraph[..<end]
        guard let earliest = Byline.bioVerbs.compactMap({ ByteSearch.firstRange(of: $0, in: head)?.lowerBound }).min()
        else { return nil }
        let name = paragraph[..<earliest]
        return PersonName.isName(name) ? String(name) : nil
    }

    @Test func lastCommasAgreeWithCharacterSearch() {
        for line in Self.lines() {
            let text = Substring(line)
            #expect(ByteSearch.lastIndex(of: ",", in: text) == text.lastIndex(of: ","), "\(line.debugDescription)")
        }
    }
}
