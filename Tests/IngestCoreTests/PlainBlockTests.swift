import Foundation
import Testing

@testable import IngestCore

/// The normalizer passes over 8 bytes of a plain run at a time; its block test is held here to
/// the byte rule it stands for, over every block of letters, spaces and one other byte.
@Suite("The normalizer's plain-block test agrees with its byte rule")
struct PlainBlockTests {
    /// Every byte visible ASCII, DEL or a space; no space last, no two side by side.
    private static func reference(_ block: [UInt8]) -> Bool {
        block.allSatisfy { (0x20...0x7F).contains($0) } && block[7] != 0x20
            && !zip(block, block.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
    }

    @Test func everyBlockOfLettersSpacesAndOneOtherByte() {
        let others: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x21, 0x7E, 0x7F, 0x80, 0xA0, 0xC2, 0xE2, 0xFF]
        for other in others {
            let alphabet: [UInt8] = [UInt8(ascii: "a"), 0x20, other]
            for code in 0..<6_561 {
                var rest = code
                let block = (0..<8).map { _ -> UInt8 in
                    defer { rest /= 3 }
                    return alphabet[rest % 3]
                }
                // One byte of padding on each side: the block is read from offset 1.
                let padded = [UInt8(ascii: "x")] + block + [UInt8(ascii: "x")]
                let verdict = padded.withUnsafeBufferPointer { TextNormalizer.isPlainBlock($0, at: 1) }
                #expect(verdict == Self.reference(block), "\(block)")
            }
        }
    }

    @Test func aBlockPastTheEndIsNeverPlain() {
        let bytes = Array("abcdefgh".utf8)
        #expect(bytes.withUnsafeBufferPointer { TextNormalizer.isPlainBlock($0, at: 0) })
        #expect(!bytes.withUnsafeBufferPointer { TextNormalizer.isPlainBlock($0, at: 1) })
    }

    @Test func normalizingPlainRunsAtEveryAlignmentKeepsTheRules() {
        for count in 0..<17 {
            let lead = String(repeating: "ab ", count: count / 3) + String(repeating: "c", count: count % 3)
            for special in ["  ", " \n", "\t", "\u{00A0}", "é", " ", "\r\n", "x  y"] {
                let text = lead + special + "tail words here"
                let collapsed = text.replacingOccurrences(of: "\u{00A0}", with: " ")
                    .replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\r\n", with: "\n")
                    .split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.split(separator: " ").joined(separator: " ") }.joined(separator: "\n")
                    .trimmingCharacters(in: CharacterSet(charactersIn: "\n"))  // leading and trailing blank lines go
                #expect(TextNormalizer.normalize(text) == collapsed, "\(text.debugDescription)")
            }
        }
    }
}
