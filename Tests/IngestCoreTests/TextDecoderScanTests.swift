import Testing

@testable import IngestCore

/// The decoder's control count passes over 8 bytes at a time; here it is held to the plain
/// byte-by-byte rule with every byte value at every position of a block, among ASCII letters,
/// line feeds and the bytes of longer characters.
@Suite("The decoder's control count agrees with its byte rule")
struct TextDecoderScanTests {
    private static func reference(_ bytes: [UInt8]) -> Int {
        bytes.filter { ($0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0)) || $0 == 0x7F }.count
    }

    private static func count(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer(ArticleTextDecoder.strayControlCount)
    }

    @Test func everyByteIsCountedAtEveryPosition() {
        let fillers: [[UInt8]] = [Array("abcdefgh".utf8), Array("é—“".utf8), [0x0A, 0x20], [0x1F, 0x20, 0x7E, 0x80]]
        for filler in fillers {
            for length in [1, 7, 8, 9, 17, 24] {
                let base = (0..<length).map { filler[$0 % filler.count] }
                for position in 0..<length {
                    for value in UInt8.min...UInt8.max {
                        var bytes = base
                        bytes[position] = value
                        #expect(Self.count(bytes) == Self.reference(bytes), "\(bytes) ")
                    }
                }
            }
        }
    }

    @Test func mixedTextIsCountedAsByteByByte() {
        var state: UInt64 = 0xC0_DE
        for _ in 0..<300 {
            let bytes = (0..<(Int(state % 97))).map { _ -> UInt8 in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let pick = UInt8(truncatingIfNeeded: state >> 56)
                // Mostly letters, sometimes a control, DEL or a high byte.
                return pick < 200 ? UInt8(ascii: "a") + pick % 26 : pick
            }
            #expect(Self.count(bytes) == Self.reference(bytes), "\(bytes)")
        }
        #expect(Self.count(Array("line one\nline two\r\n\tend\u{7F}\u{01}".utf8)) == 2)
    }
}
