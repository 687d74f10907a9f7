import Foundation
import SimilarityIndex
import Testing

@Suite("Word shingles")
struct ShingleTextTests {
    let text = """
        The harbour authority said on Tuesday that the new ferry terminal would open in 2027, two years later \
        than planned, because the contractor's steel deliveries had been delayed by a strike.
        """

    @Test func oneHashPerRunOfFourWords() {
        #expect(ShingleText.hashes(of: text).count == ShingleText.wordCount(of: text) - 3)
    }

    /// Fingerprints are persisted: a change to the word rules, the hashes or the width changes
    /// this value, and the stored fingerprints must then be recomputed.
    @Test func fingerprintIsPinned() {
        #expect(MinHashFingerprint.fingerprint(of: text) == 0xf98a_2ce7_7c83_10b5)
    }

    /// The same for text in several scripts at every width, as computed by the word reader
    /// before it read ASCII eight bytes at a time (059df08): the faster reader changed none.
    @Test func fingerprintsOfMixedScriptsArePinnedAtEveryWidth() {
        let text = ASCIIWordRunTests.mixedTexts.joined(separator: " ")
        let pinned: [UInt64] = [
            0xee66_98b3_5d56_f1c3, 0x5811_82dc_a2ac_5867, 0x4339_96af_8cf9_bd67, 0x1379_4f76_c1af_dbf0,
            0x8e9e_33e4_a809_f22a, 0xc004_11f9_660e_f489, 0x1fc3_a870_9ccf_51c6, 0x3677_4c70_f171_9ae8,
        ]
        for width in 1...8 {
            #expect(MinHashFingerprint.fingerprint(of: text, width: width) == pinned[width - 1], "width \(width)")
            #expect(MinHashFingerprint.fingerprint(of: ShingleSet(text, width: width)) == pinned[width - 1])
            #expect(ShingleSet(text, width: width).count == (width == 1 ? 58 : 60 - width))  // 59 words, one twice
        }
    }

    @Test func caseWhitespaceAndPunctuationDoNotCount() {
        let reshaped =
            text.uppercased().replacingOccurrences(of: " ", with: "  \n\t").replacingOccurrences(of: ",", with: " ;")
            .replacingOccurrences(of: "'", with: "’")
        #expect(ShingleText.hashes(of: reshaped) == ShingleText.hashes(of: text))
        #expect(MinHashFingerprint.fingerprint(of: reshaped) == MinHashFingerprint.fingerprint(of: text))
    }

    @Test func apostrophesJoinAndHyphensSplit() {
        #expect(ShingleText.hashes(of: "the contractor’s steel") == ShingleText.hashes(of: "the contractors steel"))
        #expect(ShingleText.wordCount(of: "Iran-Iraq war") == 3)
    }

    @Test func digitsAreKept() {
        #expect(ShingleText.hashes(of: "opens in 2027 they said") != ShingleText.hashes(of: "opens in 2028 they said"))
    }

    @Test func aSmallEditMovesTheFingerprintLittle() {
        let edited = text.replacingOccurrences(of: "Tuesday", with: "Wednesday")
        let distance = (MinHashFingerprint.fingerprint(of: edited) ^ MinHashFingerprint.fingerprint(of: text))
            .nonzeroBitCount
        #expect(distance > 0)
        #expect(distance <= ShingleSimilarity.candidateDistance)
    }

    @Test func emptyTextHasNoShinglesAndFingerprintZero() {
        for empty in ["", "   \n\n", "— … !?"] {
            #expect(ShingleText.hashes(of: empty).isEmpty)
            #expect(MinHashFingerprint.fingerprint(of: empty) == 0)
        }
    }

    @Test func shortTextGivesOneShingle() {
        #expect(ShingleText.hashes(of: "Ferry delayed").count == 1)
        #expect(ShingleText.hashes(of: "Ferry delayed") != ShingleText.hashes(of: "Ferry"))
        #expect(MinHashFingerprint.fingerprint(of: "Ferry delayed") != 0)
    }

    @Test func unicodeLettersAreLowercased() {
        #expect(
            ShingleText.hashes(of: "ÉCOLE ÖFFNET ΑΘΗΝΑ Москва") == ShingleText.hashes(of: "école öffnet αθηνα москва"))
    }

    @Test func persianAndArabicAreWordsBetweenSpaces() {
        let persian = "دولت ایران امروز اعلام کرد که مذاکرات ادامه دارد"
        #expect(ShingleText.wordCount(of: persian) == 9)
        #expect(ShingleText.hashes(of: persian).count == 6)
        // Arabic yeh and kaf for the Persian letters, vowel marks and tatweel: the same words.
        let arabicLetters = "دولت ايران امروز اعلام كرد كه مذاكرات ادامه دارد"
        #expect(ShingleText.hashes(of: arabicLetters) == ShingleText.hashes(of: persian))
        #expect(ShingleText.hashes(of: "كَتَبَ الـــكاتب") == ShingleText.hashes(of: "كتب الكاتب"))
        // Persian and Arabic-Indic digits are digits.
        #expect(ShingleText.hashes(of: "سال ۱۴۰۲ و ٢٠٢٣") == ShingleText.hashes(of: "سال 1402 و 2023"))
        // A zero-width non-joiner inside a Persian word does not split it.
        #expect(ShingleText.wordCount(of: "می\u{200C}خواهند") == 1)
    }

    @Test func cjkCharactersAreWordsOfTheirOwn() {
        let chinese = "东京都政府今天宣布新的交通计划。"
        #expect(ShingleText.wordCount(of: chinese) == 15)
        #expect(ShingleText.hashes(of: chinese).count == 12)
        #expect(ShingleText.wordCount(of: "ひらがなとカタカナ") == 9)
        // Korean is written with spaces: its words are the spans between them.
        #expect(ShingleText.wordCount(of: "서울 시장이 발표했다") == 3)
        let edited = "东京都政府今天宣布新的铁路计划。"
        #expect(ShingleSimilarity.jaccard(chinese, edited) > 0.3)
        #expect(ShingleSimilarity.jaccard(chinese, edited) < 1)
    }

    @Test func widthsOtherThanTheDefault() {
        #expect(ShingleText.hashes(of: text, width: 1).count == ShingleText.wordCount(of: text))
        #expect(ShingleText.hashes(of: text, width: 3) != ShingleText.hashes(of: text, width: 4))
    }
}
