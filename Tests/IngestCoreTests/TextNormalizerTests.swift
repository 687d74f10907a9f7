import Foundation
import Testing

@testable import IngestCore

@Suite("Normalizing text so re-saves hash the same")
struct TextNormalizerTests {
    @Test func unifiesLineEndingsSpacesAndBlankLines() {
        let messy = "  Title  \r\n\r\n\r\n\r\nFirst\u{00A0}paragraph\t here. \rSecond line\u{2028}\n\n\n"
        #expect(TextNormalizer.normalize(messy) == "Title\n\nFirst paragraph here.\nSecond line")
    }

    @Test func composesToNFC() {
        let decomposed = "Cafe\u{0301}"
        #expect(TextNormalizer.normalize(decomposed) == "Caf\u{00E9}")
        #expect(Array(TextNormalizer.normalize(decomposed).unicodeScalars).count == 4)
    }

    /// The quick path that skips Foundation's NFC must only ever skip text NFC leaves alone.
    @Test func theNFCQuickCheckAgreesWithFoundationOnEveryScalarItAccepts() {
        var accepted = 0
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + "e"
            if TextNormalizer.isSurelyNFC(text) {
                accepted += 1
                #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars))
            }
        }
        #expect(accepted > 0x300)
        #expect(!TextNormalizer.isSurelyNFC("Cafe\u{0301}"))
        #expect(!TextNormalizer.isSurelyNFC("\u{2126}"), "OHM SIGN becomes OMEGA under NFC")
        #expect(TextNormalizer.isSurelyNFC("“Quoted” — naïve café, 10 €"))
    }

    @Test func keepsEveryOtherCharacterWhateverItsLengthInUTF8() {
        let text = "«Привет» — 漢字 😀 سلام\u{3000}end\u{2029}next\u{0085}nel\u{2060}joined\u{1680}x\u{205F}y"
        #expect(TextNormalizer.normalize(text) == "«Привет» — 漢字 😀 سلام end\nnext\nnel" + "joined x y")
    }

    @Test func dropsZeroWidthCharactersAndInnerByteOrderMarks() {
        #expect(TextNormalizer.normalize("\u{FEFF}a\u{200B}b") == "ab")
    }

    @Test(arguments: [
        "Title\r\n\r\nBody line one.\r\nBody line two.\r\n",
        "\u{FEFF}Title\n\nBody line one.\nBody line two.\n",
        "Title   \n\n\n\nBody\u{00A0}line one.   \nBody line\u{202F}two.",
        "Title\n\nBody  line one.\nBody line two.\n\n\n",
    ])
    func variantsOfOneArticleNormalizeAlike(variant: String) {
        #expect(TextNormalizer.normalize(variant) == "Title\n\nBody line one.\nBody line two.")
    }

    @Test func normalizingTwiceChangesNothing() {
        let once = TextNormalizer.normalize(" a \r\n\r\n\r\n b\u{00A0} c ")
        #expect(TextNormalizer.normalize(once) == once)
    }
}
