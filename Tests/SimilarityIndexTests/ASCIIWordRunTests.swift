import Testing

@testable import SimilarityIndex

/// The word reader takes runs of ASCII letters and digits eight bytes at a time
/// (``ASCIIWordRun``) and keeps its shingle window in a ring; the words and shingles must be
/// exactly those the rules give one scalar at a time, wherever a byte falls in the eight and
/// wherever the text ends: the hashes are persisted in fingerprints.
@Suite("Reading ASCII words eight bytes at a time")
struct ASCIIWordRunTests {
    /// The word hashes of `text` by the rules one scalar at a time: ASCII bytes by the byte
    /// rules, every other scalar by ``ScalarRule``.
    static func referenceWords(_ text: String) -> [UInt64] {
        var words: [UInt64] = []
        var state = Hash64.fnvOffsetBasis
        var inWord = false
        func endWord() {
            if inWord { words.append(Hash64.mix(state)) }
            state = Hash64.fnvOffsetBasis
            inWord = false
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    state = Hash64.fnv1a(state, byte)
                    inWord = true
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    state = Hash64.fnv1a(state, byte | 0x20)
                    inWord = true
                case UInt8(ascii: "'"):
                    break
                default:
                    endWord()
                }
                continue
            }
            let bytes = Array(String(scalar).utf8)
            let rule = bytes.withUnsafeBufferPointer { ScalarRule.apply(to: scalar.value, bytes: $0, state: &state) }
            switch rule {
            case .dropped:
                break
            case .fed:
                inWord = true
            case .separator:
                endWord()
            case .standalone:
                endWord()
                words.append(Hash64.mix(bytes.reduce(Hash64.fnvOffsetBasis, Hash64.fnv1a)))
            }
        }
        endWord()
        return words
    }

    /// The shingle hashes of `words` by their definition: each run of `width` consecutive
    /// words (all of them when fewer), chained oldest first, then mixed.
    static func referenceShingles(_ words: [UInt64], width: Int) -> [UInt64] {
        let multiplier: UInt64 = 0x9e37_79b9_7f4a_7c15
        func shingle(_ run: ArraySlice<UInt64>) -> UInt64 {
            Hash64.mix(run.reduce(UInt64(run.count) &* multiplier) { ($0 ^ $1) &* multiplier })
        }
        guard words.count >= width else { return words.isEmpty ? [] : [shingle(words[...])] }
        return (width...words.count).map { shingle(words[($0 - width)..<$0]) }
    }

    /// The word hashes the fast reader gives.
    static func words(_ text: String) -> [UInt64] {
        var text = text
        return text.withUTF8 { bytes in
            var words: [UInt64] = []
            WordHashes.forEach(in: bytes) { words.append($0) }
            return words
        }
    }

    /// Texts where each ASCII byte sits at each place of a run of letters, after pads that
    /// move the run against the block the reader loads, with letters of both cases around it.
    static let everyASCIIByteInEveryLane: [String] = (0..<8).flatMap { pad in
        (0..<8).flatMap { lane in
            (0..<0x80).flatMap { byte -> [String] in
                let inserted = String(UnicodeScalar(UInt8(byte)))
                let before = String("abcdefgh".prefix(lane))
                let padding = String(repeating: " ", count: pad)
                return [
                    padding + before + inserted + "ijklmnopq rs",
                    padding + before.uppercased() + inserted + "IJKLMNOPQ RS",
                    padding + before + inserted,
                ]
            }
        }
    }

    /// Texts where a non-ASCII scalar of each kind (letter to lowercase or not, dropped inside
    /// a word, separator, a word of its own, mark, 2 to 4 bytes) sits at each place of a run.
    static let everyKindOfScalarInEveryLane: [String] = {
        let scalars = [
            "é", "É", "’", "\u{00AD}", "ß", "İ", "ı", "东", "カ", "😀", "\u{0301}", "ك", "ي", "\u{0640}", "\u{064E}",
            "۳", "٣", "\u{00A0}", "—", "Ω", "ё", "Ж", "\u{200C}", "한", "\u{FEFF}", "ǅ", "Ⅻ", "𝒳", "\u{10400}",
        ]
        return (0..<8).flatMap { pad in
            (0..<12).flatMap { lane in
                scalars.flatMap { scalar -> [String] in
                    let padding = String(repeating: "-", count: pad)
                    let before = String("abcdefghijkl".prefix(lane))
                    return [
                        padding + before + scalar + "mnopqrstu v", padding + before + scalar,
                        padding + before + scalar + scalar + "W'X9",
                    ]
                }
            }
        }
    }()

    /// Mixed texts, to be cut at every scalar so that the text ends at every place of a block.
    static let mixedTexts = [
        "The Harbour’s 2027 plan—delayed; ISTANBUL İstanbul straße STRASSE co\u{00AD}operate O'Neil rock'n'roll",
        "دولت ايران امروز اعلام كرد كِتَابٌ الـــكاتب ۱۴۰۲ ٢٠٢٣ می\u{200C}خواهند and then English again",
        "东京都政府今天宣布abc新的DEF交通计划。ひらがなとカタカナ 서울 시장이 Москва ΑΘΗΝΑ 😀👩‍👩‍👧 🇫🇷 x\u{0301}y",
        "a1b2c3d4e5f6g7h8i9j0kLmNoPqRsTuVwXyZ\t\n\r\u{0}\u{7F}@[`{/:;<=>?~ end",
    ]

    @Test func everyASCIIByteInEveryLaneIsReadByTheByteRules() {
        let wrong = Self.everyASCIIByteInEveryLane.filter { Self.words($0) != Self.referenceWords($0) }
        #expect(Self.everyASCIIByteInEveryLane.count == 8 * 8 * 128 * 3)
        #expect(wrong.isEmpty, "\(wrong.count) texts read wrong, the first: \(wrong.prefix(20))")
    }

    @Test func everyKindOfScalarInEveryLaneIsReadByTheScalarRules() {
        let wrong = Self.everyKindOfScalarInEveryLane.filter { Self.words($0) != Self.referenceWords($0) }
        #expect(wrong.isEmpty, "\(wrong.count) texts read wrong, the first: \(wrong.prefix(20))")
    }

    @Test func textsEndingAtEveryPlaceAreReadByTheRules() {
        var wrong: [String] = []
        for text in Self.mixedTexts {
            let scalars = Array(text.unicodeScalars)
            for end in 0...scalars.count {
                var prefix = ""
                prefix.unicodeScalars.append(contentsOf: scalars[..<end])
                if Self.words(prefix) != Self.referenceWords(prefix) { wrong.append(prefix) }
                if ShingleText.wordCount(of: prefix) != Self.referenceWords(prefix).count { wrong.append(prefix) }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) texts read wrong, the first: \(wrong.prefix(20))")
    }

    /// The ring of the last 8 words (and the 3 variables of width 4) give the shingles a window
    /// shifted word by word gives, at every width, for texts shorter and longer than the ring.
    @Test func shinglesAreTheChainedRunsOfWords() {
        var wrong: [String] = []
        for text in Self.mixedTexts + [
            "", "one", "one two", "one two three", "one two three four", Self.mixedTexts.joined(separator: " "),
        ] {
            for width in 1...8 {
                let expected = Self.referenceShingles(Self.referenceWords(text), width: width)
                if ShingleText.hashes(of: text, width: width) != expected { wrong.append("\(width): \(text)") }
                var streamed: [UInt64] = []
                ShingleText.forEachHash(of: text, width: width) { streamed.append($0) }
                if streamed != expected { wrong.append("forEachHash \(width): \(text)") }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) wrong, the first: \(wrong.prefix(10))")
    }

    /// A text of more than 128 KB has its shingles appended to an array instead of a buffer of
    /// their bound: the same hashes, and the same set.
    @Test func longTextsGiveTheSameShingles() {
        let piece = Self.mixedTexts.joined(separator: " ") + " "
        let text = String(repeating: piece, count: (1 << 17) / piece.utf8.count + 1)
        #expect(text.utf8.count > 1 << 17)
        let expected = Self.referenceShingles(Self.referenceWords(text), width: 4)
        #expect(ShingleText.hashes(of: text) == expected)
        #expect(ShingleSet(text).hashes == Array(Set(expected)).sorted())
    }

    @Test func runsCountLettersAndDigitsOnly() {
        func run(_ text: String) -> ASCIIWordRun {
            var block: UInt64 = 0
            for (place, byte) in text.utf8.prefix(8).enumerated() { block |= UInt64(byte) << (8 * UInt64(place)) }
            return ASCIIWordRun(block)
        }
        #expect(run("abcdefgh").count == 8)
        #expect(run("AZaz09Zz").count == 8)
        #expect(run("abc defg").count == 3)
        #expect(run("@abcdefg").count == 0)
        #expect(run("ab[cdefg").count == 2)
        #expect(run("ab`cdefg").count == 2)
        #expect(run("ab{cdefg").count == 2)
        #expect(run("ab/cdefg").count == 2)
        #expect(run("ab:cdefg").count == 2)
        #expect(run("abcdefg\u{7F}").count == 7)
        #expect(run("abcdé").count == 4)
        #expect(
            run("ABCDEFGH").feed(Hash64.fnvOffsetBasis) == "abcdefgh".utf8.reduce(Hash64.fnvOffsetBasis, Hash64.fnv1a))
    }
}
