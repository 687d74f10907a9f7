import Testing

@testable import SimilarityIndex

/// The word reader reads ASCII by its own rules and skips the property look-up for common
/// punctuation; both must give exactly the words the general rules give: the hash
/// values are persisted in fingerprints.
@Suite("Word reading fast paths")
struct WordRulesFastPathTests {
    private func words(_ text: String) -> [UInt64] { ShingleText.hashes(of: text, width: 1) }

    @Test func everyASCIIByteBetweenTwoWordsIsReadByTheRules() {
        let apart = words("ab cd")
        for byte in UInt8(0)..<0x80 {
            let text = "ab" + String(UnicodeScalar(byte)) + "cd"
            switch byte {
            case UInt8(ascii: "'"):
                #expect(words(text) == words("abcd"))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                #expect(words(text) == words("ab" + String(UnicodeScalar(byte | 0x20)) + "cd"), "byte \(byte)")
                #expect(words(text).count == 1)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                #expect(words(text).count == 1, "byte \(byte)")
                #expect(words(text) != words("abcd"))
            default:
                #expect(words(text) == apart, "byte \(byte) should separate")
            }
        }
    }

    @Test func punctuationTakenWithoutAPropertyLookUpIsWhatTheLookUpSays() throws {
        let dropped: Set<UInt32> = [0x200C, 0x200D, 0x2019, 0x2060]
        let separators = [0x00A0, 0x00AB, 0x00BB] + (0x2000...0x206F).filter { !dropped.contains($0) }
        for value in separators {
            let scalar = try #require(Unicode.Scalar(value))
            let properties = scalar.properties
            let isWordPart =
                properties.isIdeographic || properties.isAlphabetic
                || [.decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark]
                    .contains(properties.generalCategory)
            #expect(!isWordPart, "U+\(String(value, radix: 16)) is part of words by its properties")
            #expect(words("ab" + String(Character(scalar)) + "cd") == words("ab cd"), "U+\(String(value, radix: 16))")
        }
    }
}
