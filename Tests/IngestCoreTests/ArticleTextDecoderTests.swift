import IngestCore
import Testing

@Suite("Decoding bytes into article text")
struct ArticleTextDecoderTests {
    private func rule(_ bytes: [UInt8]) -> Rejection.Rule? {
        if case .failure(let rejection) = ArticleTextDecoder.decode(bytes) { return rejection.rule }
        return nil
    }

    @Test func decodesUTF8AndDropsTheByteOrderMark() throws {
        let text = try ArticleTextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Grüße".utf8)).get()
        #expect(text == "Grüße")
    }

    @Test func rejectsEmptyFiles() {
        #expect(rule([]) == .empty)
    }

    @Test func rejectsUTF16WithAndWithoutByteOrderMark() {
        let utf16 = Array("An article about defections".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(rule([0xFF, 0xFE] + utf16) == .notUTF8)
        #expect(rule(utf16) == .notUTF8)
    }

    @Test func rejectsInvalidUTF8AndSaysWhere() {
        let bytes = Array("Valid start ".utf8) + [0xC3, 0x28] + Array(" more".utf8)
        guard case .failure(let rejection) = ArticleTextDecoder.decode(bytes) else {
            Issue.record("invalid UTF-8 was accepted")
            return
        }
        #expect(rejection.rule == .notUTF8)
        #expect(rejection.detail.contains("offset 12"))
    }

    @Test func rejectsNULBytesInsideText() {
        #expect(rule(Array("Some text".utf8) + [0] + Array("more text here".utf8)) == .nulBytes)
    }

    @Test func namesKnownBinaryFormats() {
        guard case .failure(let rejection) = ArticleTextDecoder.decode(Array("%PDF-1.7\n...".utf8)) else {
            Issue.record("a PDF was accepted")
            return
        }
        #expect(rejection.rule == .binary)
        #expect(rejection.detail.contains("PDF"))
        #expect(rule([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) == .binary)
    }

    @Test func rejectsTextFullOfControlCharacters() {
        let bytes = (0..<200).map { UInt8($0 % 2 == 0 ? 0x41 : 0x01) }
        #expect(rule(bytes) == .binary)
    }
}
