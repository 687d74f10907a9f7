import IngestCore
import Testing

@Suite("Content hashes and article ids")
struct ContentHashTests {
    @Test func matchesSHA256OfTitleBlankLineAndBody() {
        // printf 'T\n\nB' | sha256sum
        let hash = ContentHash(title: "T", body: "B")
        #expect(hash.hex == "c467a8e4991deeb4a45eda82181eeb4bf23107e7798dd197cb5432cf9df3f268")
        #expect(hash.articleID == String(hash.hex.prefix(16)))
    }

    @Test func roundTripsThroughHex() throws {
        let hash = ContentHash(title: "A title", body: "A body of text.")
        let parsed = try #require(ContentHash(hex: Array(hash.hex.utf8)))
        #expect(parsed == hash)
        #expect(parsed.hex == hash.hex)
    }

    @Test func hexKeepsLeadingZerosInEveryWord() {
        let hash = ContentHash(words: (0, 0x0123_4567_89AB_CDEF, 0xF, .max))
        #expect(
            hash.hex
                == "0000000000000000" + "0123456789abcdef" + "000000000000000f" + "ffffffffffffffff")
        #expect(hash.articleID == "0000000000000000")
    }

    @Test func rejectsMalformedHex() {
        #expect(ContentHash(hex: Array("abc".utf8)) == nil)
        #expect(ContentHash(hex: Array(String(repeating: "g", count: 64).utf8)) == nil)
        #expect(ContentHash(hex: Array((String(repeating: "0", count: 63) + "x").utf8)) == nil, "last digit")
    }

    /// Read in place from contiguous bytes (an array, a slice of a store line) and digit by digit
    /// from any other collection, with the same result; capitals are digits too.
    @Test func readsHexFromAnyCollectionOfBytes() throws {
        let hash = ContentHash(title: "A title", body: "A body of text.")
        let line = Array("{\"sha256\":\"\(hash.hex)\"}".utf8)
        #expect(ContentHash(hex: line[11..<75]) == hash)
        #expect(ContentHash(hex: hash.hex.utf8.lazy.map { $0 }) == hash, "not contiguous")
        #expect(ContentHash(hex: Array(hash.hex.uppercased().utf8)) == hash)
        #expect(ContentHash(hex: (String(repeating: "0", count: 63) + "x").utf8.lazy.map { $0 }) == nil)
    }

    @Test func titleAndBodyBothCount() {
        let base = ContentHash(title: "Title", body: "Body")
        #expect(base != ContentHash(title: "Title!", body: "Body"))
        #expect(base != ContentHash(title: "Title", body: "Body!"))
        #expect(ContentHash(title: nil, body: "Body") == ContentHash(title: "", body: "Body"))
    }
}
