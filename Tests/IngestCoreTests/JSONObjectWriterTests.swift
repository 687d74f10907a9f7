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

    /// A block is left at its first escape, found from its marks: two escapes (and the bytes
    /// whose borrows could mark a wrong lane, 0x01 and 0x20 above a control) at every pair of
    /// places in two blocks and a tail.
    @Test func twoEscapesInABlockAreBothFoundAtEveryPairOfPlaces() {
        for first in 0..<19 {
            for second in first + 1..<19 {
                for (one, two) in [(UInt8(0x0A), UInt8(0x22)), (0x00, 0x01), (0x5C, 0x7F), (0x1F, 0x20), (0x0A, 0x0A)] {
                    var text = Array("plain words, no escapes".utf8.prefix(19))
                    text[first] = one
                    text[second] = two
                    let string = String(decoding: text, as: UTF8.self)
                    #expect(written(string) == reference(string), "\(one) at \(first), \(two) at \(second)")
                }
            }
        }
    }

    @Test func nestedObjectsWrittenInPlaceMatchObjectsWrittenApart() {
        struct Item {
            var name: String
            var count: Int?
            var inner: String?
        }
        let items = [
            Item(name: "a\"b", count: 3, inner: "x"), Item(name: "", count: nil, inner: nil),
            Item(name: "c", count: -12, inner: "y\n"),
        ]
        for list in [items, [], Array(items.prefix(1))] {
            var apart = JSONObjectWriter()
            apart.field("before", 1)
            apart.field(
                "items",
                objects: list.map { item in
                    var object = JSONObjectWriter()
                    object.field("name", item.name)
                    object.field("count", item.count)
                    object.field(
                        "inner",
                        object: item.inner.map { inner in
                            var nested = JSONObjectWriter()
                            nested.field("text", inner)
                            return nested
                        })
                    return object
                })
            apart.field("after", fraction: 0.5)
            var inPlace = JSONObjectWriter()
            inPlace.field("before", 1)
            inPlace.field("items", objects: list) { object, item in
                object.field("name", item.name)
                object.field("count", item.count)
                object.field("inner", object: item.inner) { nested, inner in nested.field("text", inner) }
            }
            inPlace.field("after", fraction: 0.5)
            #expect(inPlace.finish() == apart.finish())
        }
    }

    @Test func numbersAreWrittenAsStringFormattingWritesThem() {
        for value in [0, 7, 9, 10, 99, 100, 1_234, -1, -10, 1_000_000, Int.max, Int.min] {
            var writer = JSONObjectWriter()
            writer.field("n", value)
            #expect(writer.finish() == Array("{\"n\":\(value)}\n".utf8), "\(value)")
        }
        for (fraction, text) in [
            (0.0, "0.000"), (1.0, "1.000"), (0.8734, "0.873"), (0.0005, "0.001"), (0.05, "0.050"), (2.0, "1.000"),
            (-1.0, "0.000"),
        ] {
            var writer = JSONObjectWriter()
            writer.field("f", fraction: fraction)
            #expect(writer.finish() == Array("{\"f\":\(text)}\n".utf8), "\(fraction)")
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
