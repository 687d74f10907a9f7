import Foundation
import Testing

@testable import IngestCore

/// The JSON string writer passes over 8 bytes at a time where none needs escaping; each byte
/// that does must be found wherever it stands in such a block.
@Suite("JSON strings written 8 bytes at a time")
struct JSONObjectWriterTests {
    /// What the string must become: the byte rule, one byte at a time.
    private func reference(_ text: String) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += Array(#"\""#.utf8)
            case UInt8(ascii: "\\"): out += Array(#"\\"#.utf8)
            case UInt8(ascii: "\n"): out += Array(#"\n"#.utf8)
            case UInt8(ascii: "\r"): out += Array(#"\r"#.utf8)
            case UInt8(ascii: "\t"): out += Array(#"\t"#.utf8)
            case 0..<0x20, 0x7F: out += Array(String(format: "\\u%04x", byte).utf8)
            default: out.append(byte)
            }
        }
        return out + [UInt8(ascii: "\"")]
    }

    private func written(_ text: String) -> [UInt8] {
        var writer = JSONObjectWriter()
        writer.field("k", text)
        return Array(writer.finish().dropFirst(5).dropLast(2))
    }

    @Test func everyASCIIByteIsFoundAtEveryPlaceOfABlock() {
        for byte in UInt8(0)..<0x80 {
            for place in 0..<19 {
                var text = Array("plain words, no escapes".utf8.prefix(19))
                text[place] = byte
                let string = String(decoding: text, as: UTF8.self)
                #expect(written(string) == reference(string), "byte \(byte) at \(place)")
            }
        }
    }

    @Test func multiByteCharactersAndNeighbouringEscapesAreKept() {
        for text in [
            "élan—“quoted”\u{2028}and 漢字 😀", "\u{7F}\u{7F}\"\\\u{1F}\u{20}\u{21}ÿ", "\u{80}\u{9F}\u{A0}ÿĀ",
            String(repeating: "ab\u{0}", count: 9), "",
        ] {
            #expect(written(text) == reference(text), "\(text.debugDescription)")
        }
    }

    @Test func theBlockTestMatchesTheByteTestForEveryByteInEveryLane() {
        for byte in UInt8(0)...0xFF {
            for lane in 0..<8 {
                let word = (0x6161_6161_6161_6161 as UInt64) & ~(0xFF << (lane * 8)) | UInt64(byte) << (lane * 8)
                let expected = byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F
                #expect(JSONObjectWriter.anyNeedsEscape(word) == expected, "byte \(byte) in lane \(lane)")
            }
        }
    }
}
