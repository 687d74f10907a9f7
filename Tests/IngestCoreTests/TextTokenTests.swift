import Testing

@testable import IngestCore

/// The byte-level tokenizer against a plain reading of the same rules over scalars and
/// `String.lowercased()`, on texts that mix scripts, accents, apostrophes and hyphens.
@Suite("Splitting running text into tokens")
struct TextTokenTests {
    /// What a token should be, read the slow and obvious way.
    private struct Expected: Equatable, CustomStringConvertible {
        var kind: TextToken.Kind
        var text: String
        var lower: String
        var isCapitalized: Bool
        var isAllCaps: Bool

        var description: String { "\(kind) “\(text)” “\(lower)” \(isCapitalized) \(isAllCaps)" }
    }

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        "'’-\u{2010}\u{2011}".unicodeScalars.contains(scalar)
    }
    private static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        "-\u{2010}\u{2011}".unicodeScalars.contains(scalar)
    }

    private static func reference(_ text: String) -> [Expected] {
        let scalars = Array(text.unicodeScalars)
        var found: [Expected] = []
        var index = 0
        func make(_ kind: TextToken.Kind, _ range: Range<Int>) -> Expected {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            let text = String(view)
            guard kind == .word else {
                return Expected(kind: kind, text: text, lower: text, isCapitalized: false, isAllCaps: false)
            }
            let capitalized = text.first?.isUppercase ?? false
            return Expected(
                kind: kind, text: text, lower: text.lowercased(), isCapitalized: capitalized,
                isAllCaps: capitalized && !text.contains(where: \.isLowercase))
        }
        while index < scalars.count {
            let scalar = scalars[index]
            let start = index
            if TextToken.isSpace(scalar) {
                index += 1
            } else if TextToken.isDigit(scalar) {
                while index < scalars.count, TextToken.isDigit(scalars[index]) { index += 1 }
                found.append(make(.number, start..<index))
            } else if TextToken.isLetter(scalar) {
                index += 1
                while index < scalars.count {
                    if TextToken.isLetter(scalars[index]) {
                        index += 1
                    } else if isJoiner(scalars[index]), index + 1 < scalars.count,
                        TextToken.isLetter(scalars[index + 1])
                    {
                        index += 1
                    } else {
                        if isHyphen(scalars[index]) { index += 1 }
                        break
                    }
                }
                found.append(make(.word, start..<index))
            } else {
                index += 1
                found.append(make(.mark, start..<index))
            }
        }
        return found
    }

    static let texts = [
        "“We will keep coming back,” said O’Brien-Smith, a state-run agency’s head, on Sept. 5, 2025.",
        "Le ministre a déclaré-t-il: « L’État n’a pas reculé », selon Élodie Lefèvre, le 22 septembre.",
        "Die Straße in München: „ÄRGER über Öl“, sagte Jürgen Groß am 12. März 2024 um 14:30 Uhr.",
        "¿Qué dijo el alcalde? «Niño, señora», según María José Núñez-Peña, 1er mars, 23 de enero de 2026.",
        "İstanbul and ǅemal, Amir- Ali and x\u{2010}y, e\u{301}te\u{301}, IRGC’s US-led push — 100%!",
        "A number 123456789012345678901234567890 and 0007, tabs\tand\u{A0}no-break\u{2009}spaces, 🚀 emoji, 東京 city.",
        "'Quoted' words, rock 'n' roll, don't, l'été, aujourd’hui — a-t-elle dit — and a trailing hyphen-",
        "A very long lower-cased word: Donaudampfschifffahrtsgesellschaftskapitän and commander-in-chief.",
        // Where a word of ASCII letters may or may not end: the one-pass reading stops only
        // before an ASCII byte that cannot continue it.
        "Cafe\u{301} ABCé naïve rock'n'roll Jane's x-ray end- O'\u{2019}s mid-\u{2010}dash word’s Ünder",
        "tab\tword\u{A0}nbsp\u{2009}thin;semi,comma.stop!bang?(paren)[bracket]\"quote\" ALLCAPS mIxEd X",
        "a", "Z", "ab-", "ab'", "ab\u{301}", "שלום עולם abc", "abcسلام", "abc123def",
    ]

    @Test(arguments: texts)
    func tokensMatchTheReference(text: String) {
        let substring = Substring(text)
        let tokens = TextToken.tokens(substring)
        let read = tokens.map { token in
            Expected(
                kind: token.kind, text: String(TextToken.slice(substring, token.range)),
                lower: token.kind == .word
                    ? token.lower(in: substring) : String(TextToken.slice(substring, token.range)),
                isCapitalized: token.isCapitalized, isAllCaps: token.isAllCaps)
        }
        #expect(read == Self.reference(text))
        for token in tokens {
            let lower = token.lower(in: substring)
            #expect(token.utf8Count == lower.utf8.count, "\(lower)")
            if token.key.isComplete { #expect(token.key == WordKey(lower), "\(lower)") }
            if token.isNumber { #expect(token.value == Int(lower) ?? -1, "\(lower)") }
            if token.kind == .mark { #expect(token.isMark(lower.unicodeScalars.first ?? " "), "\(lower)") }
        }
    }

    /// An ASCII word is read eight bytes at a time while eight are left: words of every
    /// length up to past the key's 24 bytes, in every case, starting at every offset from the
    /// text's end, followed by what may end them, extend them or join them to more.
    @Test func asciiWordsAgreeAtEveryAlignmentOfTheEightByteBlocks() {
        let words = [
            "a", "Z", "ab", "Ox", "ALLCAPS", "mIxEdCaSe", "Eightish", "ninecases", "SIXTEENLETTERSNN",
            "seventeenletterss", "TwentyFourLettersLongish", "twentyfiveletterslongword", "TwentySixLettersAndMoreXy",
        ]
        let followers = [
            "", " ", ".", "'s", "'", "-x", "-", "é", "\u{301}", "\u{A0}", "’s", "\u{2010}y", "1", "שלום", "\t", "\"",
        ]
        var disagreements: [String] = []
        for word in words {
            for follower in followers {
                for tail in ["", " e", " and then more words"] {
                    for offset in 0..<9 {
                        let text = String(repeating: " ", count: offset) + word + follower + tail
                        if Self.read(text) != Self.reference(text) { disagreements.append(text.debugDescription) }
                    }
                }
            }
        }
        #expect(disagreements.count == 0, "first ones: \(disagreements.prefix(20))")
    }

    /// The tokens of `text` in the reference's terms, with their keys checked against their text.
    private static func read(_ text: String) -> [Expected] {
        let substring = Substring(text)
        return TextToken.tokens(substring).map { token in
            let piece = String(TextToken.slice(substring, token.range))
            let lower = token.kind == .word ? token.lower(in: substring) : piece
            let keyed = !token.key.isComplete || token.key == WordKey(lower)
            return Expected(
                kind: token.kind, text: piece, lower: keyed ? lower : "key \(token.key.string)",
                isCapitalized: token.isCapitalized, isAllCaps: token.isAllCaps)
        }
    }

    @Test(arguments: texts)
    func suffixesAgreeWithStrings(text: String) {
        let substring = Substring(text)
        for token in TextToken.tokens(substring) where token.isWord {
            let lower = token.lower(in: substring)
            for suffix in ["ly", "’s", "'s", "s’", "ian", "-il", "-elle", "ß", "ster", "chief"] {
                #expect(
                    token.hasSuffix(WordKey(suffix), in: substring) == lower.hasSuffix(suffix), "\(lower) \(suffix)")
            }
        }
    }

    @Test func wordTablesFindTheirWordsAndNothingElse() {
        let words = ["said", "déclaré", "d’après", "commander-in-chief", "º", "a", "sagte"]
        let table = WordTable(words.enumerated().map { ($1, $0) })
        for (index, word) in words.enumerated() { #expect(table[WordKey(word)] == index, "\(word)") }
        for word in ["sai", "saids", "declare", "d'après", "commander-in-chief-of-staff", "", "Said"] {
            #expect(table[WordKey(word)] == nil, "\(word)")
        }
        let long = WordKey(String(repeating: "x", count: 30))
        #expect(!long.isComplete && long.count == 30)
        #expect(SpeechVerb.kind(of: WordKey("according")) == .according)
        #expect(CalendarWords.month(lowercased: WordKey("décembre")) == 12)
    }

    @Test func quotationSpansAreUTF8Offsets() {
        let text: Substring = "Élodie said « Très bien, merci » and then “Ça va.”"
        let spans = QuoteSpan.spans(in: text)
        #expect(spans.map { String(TextToken.slice(text, $0.content)) } == ["Très bien, merci", "Ça va."])
        #expect(spans.map(\.isClosed) == [true, true])
    }

    @Test func aTokenFitsInSevenWords() {
        // The key's 32-bit length leaves room for the kind and flags in its last word.
        #expect(MemoryLayout<TextToken>.size <= 56)
        #expect(WordKey(String(repeating: "é", count: 20)).count == 40)
    }

    @Test func theLetterTableAgreesWithTheLetterProperties() {
        for value in UInt32(0)..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(
                TextToken.isLetter(scalar) == TextToken.hasLetterProperties(scalar), "U+\(String(value, radix: 16))")
        }
        for scalar in ["東", "😀", "\u{FE0F}", "\u{1D400}", "가"] as [Unicode.Scalar] {
            #expect(TextToken.isLetter(scalar) == TextToken.hasLetterProperties(scalar), "\(scalar)")
        }
    }

    /// The mark search passes over blocks of 8 bytes: a mark at any offset, after ASCII or a
    /// character sharing a mark's lead byte (€ – ’ ¬ NBSP), is still found.
    @Test func quotationSpansAreFoundAtEveryAlignment() {
        let pairs = [("“", "”"), ("\"", "\""), ("«", "»"), ("„", "“"), ("»", "«")]
        for count in 0..<20 {
            for filler in ["", "€", "–", "’", "\u{AC}", "\u{A0}"] {
                let lead = String(repeating: "x", count: count) + filler + " "
                for (open, close) in pairs {
                    let text = Substring(lead + open + "Words in marks" + close + " and " + open + "more" + close)
                    let spans = QuoteSpan.spans(in: text)
                    #expect(
                        spans.map { String(TextToken.slice(text, $0.content)) } == ["Words in marks", "more"],
                        "\(text.debugDescription)")
                    #expect(spans.first?.opener == lead.utf8.count, "\(text.debugDescription)")
                }
            }
        }
    }

    @Test func paragraphsSplitOnBlankLinesOnly() {
        let text = "\n\nFirst line\nstill first\n\n\n Second  \n \nstill second\n\n"
        #expect(Paragraphs.of(text) == ["First line\nstill first", " Second  \n \nstill second"])
        #expect(Paragraphs.of("") == [])
        #expect(Paragraphs.of("\nAlone") == ["\nAlone"])
    }
}
