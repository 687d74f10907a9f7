import Foundation

/// Brings every way of saving the same text to one canonical form, so that a re-save with
/// other line endings, a byte-order mark, no-break spaces or stray trailing blanks is
/// recognised as the same article.
///
/// The rules: Unicode NFC; CRLF, CR, NEL and the Unicode line and paragraph separators become
/// `\n`; tabs, NBSP and the other Unicode spaces become a space and runs of spaces fold to one;
/// zero-width characters and byte-order marks go; each line is trimmed; runs of blank lines
/// become one blank line; leading and trailing blank lines go.
///
/// Every file passes through here, so it works on UTF-8 bytes: the characters it changes are
/// all recognised by their encoded bytes, and everything else is copied as it stands.
public enum TextNormalizer {
    public static func normalize(_ text: String) -> String {
        var composed = isSurelyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
        let normalized = composed.withUTF8 { input in
            // The output is never longer than the input: every byte written stands for at
            // least one byte read (a line break or a space for one or more of them).
            [UInt8](unsafeUninitializedCapacity: input.count) { output, count in
                var writer = Writer(output)
                normalize(input, into: &writer)
                count = writer.count
            }
        }
        // Most texts come out as they went in but for a last line break: the result is then the
        // text itself or a slice of it, copied without checking its UTF-8 again (building a
        // String from the output bytes would check all of it).
        let unchanged = composed.withUTF8 { input in
            normalized.withUnsafeBufferPointer { output in
                guard let source = input.baseAddress, let result = output.baseAddress else { return output.isEmpty }
                return memcmp(source, result, output.count) == 0
            }
        }
        guard unchanged else { return String(decoding: normalized, as: UTF8.self) }
        if normalized.count == composed.utf8.count { return composed }
        return String(composed[..<composed.utf8.index(composed.startIndex, offsetBy: normalized.count)])
    }

    /// Runs of bytes that no rule changes are copied whole; the rest goes byte by byte, or
    /// character by character for the few non-ASCII characters with a rule.
    private static func normalize(_ input: UnsafeBufferPointer<UInt8>, into writer: inout Writer) {
        var index = 0
        var previousWasCR = false
        while index < input.count {
            let byte = input[index]
            if isPlain(byte) {
                // A single space between two plain bytes joins the run: after content on the
                // line and before more of it, the writer would put back exactly that space.
                var end = index + 1
                while end < input.count {
                    if end + 8 <= input.count, isPlainBlock(input, at: end) {
                        end += 8
                    } else if isPlain(input[end]) {
                        end += 1
                    } else if input[end] == 0x20, end + 1 < input.count, isPlain(input[end + 1]) {
                        end += 2
                    } else {
                        break
                    }
                }
                writer.append(UnsafeBufferPointer(rebasing: input[index..<end]))
                index = end
                previousWasCR = false
                continue
            }
            if byte < 0x80 {
                index += 1
                defer { previousWasCR = byte == 0x0D }
                switch byte {
                case 0x0A where previousWasCR: continue
                case 0x0A, 0x0D, 0x0B, 0x0C: writer.endLine()
                case 0x09, 0x20: writer.space()
                default: writer.append(UnsafeBufferPointer(rebasing: input[(index - 1)..<index]))
                }
                continue
            }
            // A lead byte of a character some rule may change (the text is valid UTF-8).
            previousWasCR = false
            let length = byte >= 0xE0 ? 3 : 2
            let end = min(index + length, input.count)
            let second = index + 1 < end ? input[index + 1] : 0
            let third = index + 2 < end ? input[index + 2] : 0
            switch Special(length, byte, second, third) {
            case .lineBreak: writer.endLine()
            case .space: writer.space()
            case .invisible: break
            case nil: writer.append(UnsafeBufferPointer(rebasing: input[index..<end]))
            }
            index = end
        }
    }

    /// A byte no rule looks at: visible ASCII, DEL, and every byte of a non-ASCII character
    /// whose lead byte is none of those of ``Special``'s characters (a run starts only at a
    /// character's first byte, so continuation bytes are its own).
    @inline(__always)
    private static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21...0xC1, 0xC3...0xE0, 0xE4...0xEE, 0xF0...0xFF: true
        default: false
        }
    }

    /// Whether the 8 bytes from `index` all join a plain run whose last byte (at `index - 1`)
    /// is plain: each is visible ASCII or DEL, or a space between two such bytes. A space may
    /// open the block (a plain byte stands before it) but not close it (the byte after the
    /// block is not looked at). Prose has a space every few letters, so a block test that
    /// refused spaces would hardly ever pass.
    @inline(__always)
    static func isPlainBlock(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard let block = ByteLanes.load(input, at: index) else { return false }
        let (ones, highs) = (ByteLanes.ones, ByteLanes.highs)
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // All ASCII, and (adding 0x60 carries no byte past 0xDF) none below 0x20.
        guard block & highs == 0, (block &+ ones &* 0x60) & highs == highs else { return false }
        // The high bit of each byte that is a space (exact: no borrow crosses bytes).
        let flipped = block ^ (ones &* 0x20)
        let spaces = ~(((flipped & lows) &+ lows) | flipped | lows)
        // No two spaces side by side, none as the last byte.
        return spaces & (spaces << 8) == 0 && spaces >> 56 == 0
    }

    /// The non-ASCII characters the rules change, by their UTF-8 bytes; all have a lead byte of
    /// C2, E1, E2, E3 or EF.
    private enum Special {
        case lineBreak, space, invisible

        init?(_ length: Int, _ first: UInt8, _ second: UInt8, _ third: UInt8) {
            switch (length, first, second, third) {
            case (2, 0xC2, 0x85, _): self = .lineBreak  // NEL
            case (2, 0xC2, 0xA0, _): self = .space  // NBSP
            case (3, 0xE1, 0x9A, 0x80): self = .space  // Ogham space mark
            case (3, 0xE2, 0x80, 0x80...0x8A), (3, 0xE2, 0x80, 0xAF), (3, 0xE2, 0x81, 0x9F): self = .space
            case (3, 0xE3, 0x80, 0x80): self = .space  // ideographic space
            case (3, 0xE2, 0x80, 0xA8), (3, 0xE2, 0x80, 0xA9): self = .lineBreak  // line, paragraph separator
            case (3, 0xE2, 0x80, 0x8B...0x8D), (3, 0xE2, 0x81, 0xA0), (3, 0xEF, 0xBB, 0xBF): self = .invisible
            default: return nil
            }
        }
    }

    /// Builds the output line by line: spaces are held back until a character follows them
    /// on the same line, blank lines until a line with content follows.
    private struct Writer {
        private let output: UnsafeMutableBufferPointer<UInt8>
        /// Bytes written so far.
        private(set) var count = 0
        private var lineHasContent = false
        private var pendingSpace = false
        private var pendingBlankLine = false

        init(_ output: UnsafeMutableBufferPointer<UInt8>) {
            self.output = output
        }

        /// Bytes that are content (whole characters).
        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            startContent()
            precondition(count + bytes.count <= output.count, "normalized text outgrew its source")
            _ = UnsafeMutableBufferPointer(rebasing: output[count...]).initialize(fromContentsOf: bytes)
            count += bytes.count
        }

        mutating func space() {
            pendingSpace = lineHasContent
        }

        mutating func endLine() {
            if !lineHasContent { pendingBlankLine = count > 0 }
            lineHasContent = false
            pendingSpace = false
        }

        private mutating func put(_ byte: UInt8) {
            output[count] = byte
            count += 1
        }

        private mutating func startContent() {
            if lineHasContent {
                if pendingSpace { put(0x20) }
            } else {
                if count > 0 { put(0x0A) }
                if pendingBlankLine { put(0x0A) }
                pendingBlankLine = false
                lineHasContent = true
            }
            pendingSpace = false
        }
    }

    /// Whether `text` is already NFC without asking Foundation (which copies it through
    /// CFString, a third of a plain-text parse): true when every scalar is one whose NFC
    /// quick-check property is "yes" and that no mark can combine with across these ranges —
    /// Latin, its accented letters, and the general punctuation of typeset text (curly quotes,
    /// dashes), but not U+2000/U+2001, which NFC maps to other spaces.
    ///
    /// Read from the UTF-8 bytes: U+0000...U+02FF, U+2002...U+206F and U+20A0...U+20CF.
    static func isSurelyNFC(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                index = UTF8Bytes.skippingASCIIBlocks(from: index, in: bytes)
                guard index < bytes.count else { break }
                let lead = bytes[index]
                switch lead {
                case ..<0x80:
                    index += 1
                case 0xC2...0xCB:  // U+0080...U+02FF
                    index += 2
                case 0xE2 where index + 2 < bytes.count:
                    // U+2000 is E2 80 80, U+2040 E2 81 80, U+2080 E2 82 80, U+20C0 E2 83 80.
                    let (second, third) = (bytes[index + 1], bytes[index + 2])
                    switch (second, third) {
                    case (0x80, 0x82...), (0x81, ...0xAF), (0x82, 0xA0...), (0x83, ...0x8F): index += 3
                    default: return false
                    }
                default:
                    return false
                }
            }
            return true
        }
    }
}
