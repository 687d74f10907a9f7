import Foundation
import Testing

@testable import IngestCore

/// The per-file scans read UTF-8 bytes instead of `String` views; each is held here to the
/// plain scalar-by-scalar rule it replaced, over texts built from the characters each rule
/// singles out (line breaks and Unicode spaces, quotes and backslashes, controls, U+2028,
/// combining marks, characters of every UTF-8 length).
@Suite("Byte-level scans agree with their plain rules")
struct ByteLevelScanTests {
    /// Pieces whose every mix must come out the same both ways.
    private static let pieces = [
        "a", "Word", " ", "  ", "\t", "\n", "\n\n\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{01}", "\u{1F}", "\u{7F}",
        "\"", "\\", "/", "'", "’", "“", "”", "—", "-", ",", ".", "·", "é", "e\u{0301}", "\u{0301}", "ß", "Ärger",
        "\u{00A0}", "\u{0085}", "\u{1680}", "\u{2000}", "\u{2001}", "\u{2009}", "\u{200A}", "\u{200B}", "\u{200D}",
        "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{2060}", "\u{3000}", "\u{FEFF}", "Привет", "漢字", "😀",
        "سلام", "नमस्ते", "ไทย่", "2,000", "3.5", "\u{00AA}", "Ω", "\u{2126}",
        // Stopwords and letters the language count treats apart: Latin-1 capitals, ×, ÿ, long words.
        "the", "und", "le", "de", "Les", "THE", "été", "ÉTÉ", "für", "×", "ÿ", "Straße", "и", "και", "של",
        "unquestionably", "O’Brien", "l'eau", "ǅemal",
    ]

    /// Deterministic mixes of ``pieces``.
    private static func texts(count: Int = 400) -> [String] {
        var state: UInt64 = 0x5EED
        func next() -> Int {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        return (0..<count).map { _ in
            (0..<(next() % 40)).map { _ in pieces[next() % pieces.count] }.joined()
        } + pieces
    }

    @Test func jsonStringsEscapeAsTheByteRuleSays() {
        for text in Self.texts() {
            var writer = JSONObjectWriter()
            writer.field("k", text)
            let expected = Array("{\"k\":".utf8) + Self.referenceJSONString(text) + Array("}\n".utf8)
            #expect(writer.finish() == expected, "\(text.debugDescription)")
        }
    }

    @Test func jsonStringsRoundTripThroughFoundation() throws {
        // Foundation's reader drops U+FEFF inside strings; the byte rule above covers it.
        for text in Self.texts() where !text.unicodeScalars.contains("\u{FEFF}") {
            var writer = JSONObjectWriter()
            writer.field("k", text)
            let object = try JSONSerialization.jsonObject(with: Data(writer.finish())) as? [String: String]
            #expect(object?["k"] == text)
        }
    }

    @Test func normalizingAgreesWithTheByteByByteWriter() {
        for text in Self.texts() {
            let expected = Self.referenceNormalize(text)
            #expect(TextNormalizer.normalize(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func wordCountsAgreeWithScalarProperties() {
        for text in Self.texts() {
            #expect(WordCounter.count(text) == Self.referenceWordCount(text), "\(text.debugDescription)")
        }
    }

    /// ``ASCIIWordBlock`` counts 8 bytes at once and carries two flags between blocks: every
    /// run of four pieces (ASCII word bytes, joiners and separators, and non-ASCII letters,
    /// joiners, marks and spaces between them) is counted at every offset from a block's start.
    @Test func wordCountsAgreeAtEveryAlignmentOfTheEightByteBlocks() {
        let pieces = [
            "a", "Z", "7", " ", "\n", "'", ",", ".", "-", "!", "é", "’", "\u{0301}", "\u{00A0}", "א", "\u{200F}",
        ]
        var disagreements: [String] = []
        for first in pieces {
            for second in pieces {
                for third in pieces {
                    for fourth in pieces {
                        let run = first + second + third + fourth
                        for offset in 0..<9 {
                            for filler in ["w", " "] {
                                let text = String(repeating: filler, count: offset) + run + " x-y"
                                if WordCounter.count(text) != Self.referenceWordCount(text) {
                                    disagreements.append(text.debugDescription)
                                }
                            }
                        }
                    }
                }
            }
        }
        #expect(disagreements.count == 0, "first ones: \(disagreements.prefix(20))")
    }

    @Test func theLetterTableAgreesWithThePropertyItCaches() {
        let table = ScalarBitTable { $0.properties.isAlphabetic }
        for value in UInt32(0)..<(ScalarBitTable.limit + 0x200) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(table.contains(value) == scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
        }
        #expect(table.contains(0x1_0400), "DESERET CAPITAL LONG I is a letter beyond the table")
    }

    @Test func everyShortStopwordIsFoundWithItsLanguages() {
        for (word, languages) in Stopwords.table where word.utf8.count <= 8 {
            var key: UInt64 = 0
            for (offset, byte) in word.utf8.enumerated() { key |= UInt64(byte) << (8 * UInt64(offset)) }
            #expect(Stopwords.keyed.languages(of: key).map(Array.init) == languages, "\(word)")
        }
        for word in ["harbour", "x", "thee", "dieser"] {
            var key: UInt64 = 0
            for (offset, byte) in word.utf8.enumerated() { key |= UInt64(byte) << (8 * UInt64(offset)) }
            #expect(Stopwords.keyed.languages(of: key) == nil, "\(word)")
        }
    }

    @Test func invalidUTF8IsFoundWhereverItIs() {
        let cases: [([UInt8], Int)] = [
            (Array("abc".utf8) + [0xC0, 0xAF], 3),  // overlong slash
            (Array("ab".utf8) + [0xED, 0xA0, 0x80], 2),  // a UTF-16 surrogate
            (Array("Grüße ".utf8) + [0xE2, 0x80], 8),  // cut off at the end
            ([0xEF, 0xBB, 0xBF, 0x41, 0xFF], 1),  // after a byte-order mark, offsets count from the text
            (Array("ok".utf8) + [0xF4, 0x90, 0x80, 0x80], 2),  // beyond U+10FFFF
            (Array("x".utf8) + [0x80], 1),  // a lone continuation byte
        ]
        for (bytes, offset) in cases {
            guard case .failure(let rejection) = ArticleTextDecoder.decode(bytes) else {
                Issue.record("accepted \(bytes)")
                continue
            }
            #expect(rejection.rule == .notUTF8)
            #expect(rejection.detail == "invalid UTF-8 at byte offset \(offset)")
        }
    }

    @Test func strayControlsAreCountedAgainstCharactersNotBytes() throws {
        // More than 1 in 100 characters: 3 controls among 153 characters (303 bytes) fail,
        // which a count of bytes would let through.
        let dense = String(repeating: "ж", count: 150) + "\u{01}\u{02}\u{7F}"
        guard case .failure(let rejection) = ArticleTextDecoder.decode(Array(dense.utf8)) else {
            Issue.record("3 controls in 153 characters were accepted")
            return
        }
        #expect(rejection.rule == .binary)
        #expect(rejection.detail.hasPrefix("3 control characters"))
        let sparse = String(repeating: "ж", count: 300) + "\u{01}\u{7F}"
        #expect(try ArticleTextDecoder.decode(Array(sparse.utf8)).get() == sparse)
        let allowed = "Tab\tline\nfeed\u{0C}cr\r" + String(repeating: "x", count: 10)
        #expect(try ArticleTextDecoder.decode(Array(allowed.utf8)).get() == allowed)
    }

    @Test func languageCountsAgreeWithAScalarByScalarReading() {
        // The last text runs past the 2,000 words read, so that where the reading stops counts too.
        let long = String(repeating: "und the le été и Straße ", count: 400)
        for text in Self.texts() + [long] {
            var counter = LanguageDetector.Counter()
            counter.read(text)
            #expect(counter == Self.referenceLanguageCounts(text), "\(text.debugDescription)")
        }
    }

    /// ``ASCIILetterRun`` reads a word's ASCII letters 8 at a time: words of every length up
    /// to 17 bytes, ending in every kind of byte, are read at every offset from a block's start.
    @Test func languageCountsAgreeAtEveryAlignmentOfTheEightByteBlocks() {
        let words = ["a", "The", "und", "été", "Straße", "dataset", "THEREFOR", "unquestionably", "Überraschungen"]
        let ends = [" ", ".", "'", "é", "ß", "\u{0301}", "\u{00A0}", "и", "7", "Z"]
        var disagreements: [String] = []
        for word in words {
            for end in ends {
                for offset in 0..<9 {
                    for filler in ["w", " "] {
                        let text = String(repeating: filler, count: offset) + word + end + "le THE x"
                        var counter = LanguageDetector.Counter()
                        counter.read(text)
                        if counter != Self.referenceLanguageCounts(text) { disagreements.append(text.debugDescription) }
                    }
                }
            }
        }
        #expect(disagreements.count == 0, "first ones: \(disagreements.prefix(20))")
    }

    @Test func shoutingIsToldByBytesAsByCharacters() {
        let names = [
            "INES MARLOWE", "Ines Marlowe", "INES MARLOWe", "JOSÉ ÁLVAREZ", "JOSé", "1234", "O’BRIEN", "ΑΘΗΝΑ",
        ]
        for text in Self.texts() + names + names.map({ $0 + "\u{0301}" }) + ["", " \r\n", "ǅ", "DŽ", "\u{00AA}"] {
            let expected = text.contains(where: \.isLetter) && !text.contains(where: \.isLowercase)
            #expect(Byline.isShouting(Substring(text)) == expected, "\(text.debugDescription)")
        }
    }

    @Test func asciiBlocksAreSkippedWholeAndOnlyWhenAllASCII() {
        for text in Self.texts() {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...bytes.count {
                    let end = UTF8Bytes.skippingASCIIBlocks(from: start, in: buffer)
                    #expect((end - start) % 8 == 0 && bytes[start..<end].allSatisfy { $0 < 0x80 })
                    #expect(end + 8 > bytes.count || bytes[end..<(end + 8)].contains { $0 >= 0x80 })
                }
            }
        }
        // A character NFC changes is found after any number of ASCII bytes.
        for count in 0..<20 {
            let ascii = String(repeating: "x", count: count)
            #expect(!TextNormalizer.isSurelyNFC(ascii + "e\u{301}" + ascii), "\(count)")
            #expect(!TextNormalizer.isSurelyNFC(ascii + "\u{2126}"), "\(count)")
            #expect(TextNormalizer.isSurelyNFC(ascii + "é" + ascii + "“”"), "\(count)")
        }
    }

    @Test func paragraphsAgreeWithSplittingAtBlankLines() {
        for text in Self.texts() {
            #expect(Paragraphs.of(text).map(String.init) == Self.referenceParagraphs(text), "\(text.debugDescription)")
        }
    }

    @Test func asciiWordCountsAgreeWithSplittingAtSpaces() {
        for text in Self.texts() {
            let counted = ByteSearch.asciiSpaceSeparatedCount(Substring(text))
            if text.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(counted == Substring(text).split(separator: " ").count, "\(text.debugDescription)")
            } else {
                #expect(counted == nil, "\(text.debugDescription)")
            }
        }
    }

    @Test func openingQuotationMarksAreFoundAtEveryAlignment() {
        // The opening marks, the closing ones and characters sharing their lead bytes (– € ’ ¬ ©).
        let marks = ["\"", "“", "„", "«", "»", "”", "‘", "’", "–", "—", "€", "\u{00AC}", "©", "\u{00A0}", "é"]
        func reference(_ text: String) -> Bool { text.unicodeScalars.contains { "\"“„«»".unicodeScalars.contains($0) } }
        for count in 0..<20 {
            let ascii = String(repeating: "x", count: count)
            for mark in marks {
                for text in [ascii + mark, ascii + mark + ascii, mark + ascii, ascii + "é" + mark + ascii] {
                    #expect(QuoteExtractor.mayHoldQuotes(text) == reference(text), "\(text.debugDescription)")
                    #expect(
                        QuoteExtractor.mayHoldQuotes(Substring(text)) == reference(text), "\(text.debugDescription)")
                }
            }
        }
        for text in Self.texts() {
            #expect(QuoteExtractor.mayHoldQuotes(text) == reference(text), "\(text.debugDescription)")
        }
    }

    @Test func nameWordsAgreeWithTheirCharacterRule() {
        let words = [
            "Ali", "O'Brien", "O’Brien", "J.", "Abu-Bakr", "IRGC", "McDonald", "de", "von", "Ann-", "Émile", "Zoë", "A",
            "X.", "a", "Jo3", "Jo\u{301}", "J\u{301}o", "Ab.", "A-B", "A'", "Al-", "Mary-Jane", "ǅemal", "Łukasz",
            "Ōno", "Ab\u{A0}c", "Ann\tLee", "N\u{2019}Dour", "Ab_c", "ΑΘΗΝΑ", "Αθηνά",
        ]
        var state = 7
        for _ in 0..<600 {
            let count = 2 + state % 3
            var line: [String] = []
            for _ in 0..<count {
                state = (state &* 1_103_515_245 &+ 12_345) & 0x7FFF_FFFF
                line.append(words[state % words.count])
            }
            let text = line.joined(separator: " ")
            #expect(PersonName.isName(text) == Self.referenceIsName(text), "\(text.debugDescription)")
        }
    }

    // MARK: - The rules as they were written scalar by scalar

    private static func referenceJSONString(_ string: String) -> [UInt8] {
        var bytes: [UInt8] = [0x22]
        for byte in string.utf8 {
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += Array("\\n".utf8)
            case 0x0D: bytes += Array("\\r".utf8)
            case 0x09: bytes += Array("\\t".utf8)
            case 0x00..<0x20, 0x7F:
                let hex = String(byte, radix: 16)
                bytes += Array(("\\u00" + String(repeating: "0", count: 2 - hex.count) + hex).utf8)
            default: bytes.append(byte)
            }
        }
        return bytes + [0x22]
    }

    private static func referenceNormalize(_ text: String) -> String {
        let composed = text.precomposedStringWithCanonicalMapping
        var lines: [String] = []
        var line = ""
        var previousWasCR = false
        for scalar in composed.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCR: continue
            case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                lines.append(line)
                line = ""
            case "\t", " ", "\u{A0}", "\u{1680}", "\u{2000}"..."\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}":
                line.unicodeScalars.append(" ")
            case "\u{200B}"..."\u{200D}", "\u{2060}", "\u{FEFF}": continue
            default: line.unicodeScalars.append(scalar)
            }
        }
        lines.append(line)
        var output: [String] = []
        var blank = false
        for line in lines {
            // Split by scalars: a space stays a space before a combining mark.
            let words = line.unicodeScalars.split(separator: " ", omittingEmptySubsequences: true)
            if words.isEmpty {
                blank = !output.isEmpty
                continue
            }
            if blank { output.append("") }
            blank = false
            output.append(words.map { String(String.UnicodeScalarView($0)) }.joined(separator: " "))
        }
        return output.joined(separator: "\n")
    }

    /// The language counts as first written: scalar by scalar, the letter test and the
    /// lower-casing asked of each scalar.
    private static func referenceLanguageCounts(_ text: String) -> LanguageDetector.Counter {
        var counter = LanguageDetector.Counter()
        var key: UInt64 = 0
        var length = 0
        var inWord = false
        var latinWord = true
        func endWord() -> Bool {
            counter.words += 1
            if latinWord, length <= 8, let languages = Stopwords.keyed.languages(of: key) {
                for language in languages {
                    counter.tally.scores[language] += 1 / Double(languages.count)
                    counter.tally.hits[language] += 1
                }
            }
            return counter.words >= LanguageDetector.sampleWords
        }
        func append(_ byte: UInt32) {
            if length < 8 { key |= UInt64(byte & 0xFF) << (8 * UInt64(length)) }
            length += 1
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard TextToken.isLetter(scalar) else {
                if inWord {
                    inWord = false
                    if endWord() { return counter }
                }
                continue
            }
            if value < 0x80 { counter.latinLetters += 1 } else { counter.countScript(value) }
            if !inWord {
                inWord = true
                key = 0
                length = 0
                latinWord = true
            }
            var lower = value
            if (0x41...0x5A).contains(value) || (0xC0...0xDE).contains(value) && value != 0xD7 { lower += 0x20 }
            if lower >= 0x250 { latinWord = false }
            switch lower {
            case ..<0x80: append(lower)
            case ..<0x800:
                append(0xC0 | lower >> 6)
                append(0x80 | lower & 0x3F)
            default: length += 3
            }
        }
        if inWord { _ = endWord() }
        return counter
    }

    /// Paragraphs as the text between runs of two line feeds or more, empty ones dropped.
    private static func referenceParagraphs(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current = String.UnicodeScalarView()
        var newlines = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                newlines += 1
                continue
            }
            if newlines >= 2 {
                paragraphs.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(contentsOf: repeatElement("\n", count: newlines))
            }
            newlines = 0
            current.append(scalar)
        }
        if newlines < 2 { current.append(contentsOf: repeatElement("\n", count: newlines)) }
        paragraphs.append(String(current))
        return paragraphs.filter { !$0.isEmpty }
    }

    /// `PersonName.isName` with every word read by characters (for lines of words none of
    /// which is an organisation's or furniture's).
    private static func referenceIsName(_ text: String) -> Bool {
        guard text.utf8.count <= 240, text.count <= 60, !text.contains("\n") else { return false }
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count) else { return false }
        for (index, word) in words.enumerated() {
            if PersonName.particles.contains(String(word)) && index > 0 && index < words.count - 1 { continue }
            guard let first = word.first, first.isUppercase, first.isLetter else { return false }
            let rest = word.dropFirst()
            if rest == "." || rest.isEmpty { continue }
            guard rest.allSatisfy({ $0.isLetter || "-'’.".contains($0) }), rest.contains(where: \.isLowercase) else {
                return false
            }
        }
        return true
    }

    private static func referenceWordCount(_ text: String) -> Int {
        var words = 0
        var inWord = false
        var pendingJoiner = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            let isWord =
                scalar.isASCII
                ? ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                : properties.isAlphabetic || properties.numericType != nil
            let isMark =
                scalar.value >= 0x300
                && [.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory)
            if isWord {
                if !inWord { words += 1 }
                inWord = true
                pendingJoiner = false
            } else if inWord, !pendingJoiner, isMark {
            } else if inWord, !pendingJoiner, "'’,.-·".unicodeScalars.contains(scalar) {
                pendingJoiner = true
            } else {
                inWord = false
                pendingJoiner = false
            }
        }
        return words
    }
}
