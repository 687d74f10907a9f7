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
        let composed = isSurelyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
        var writer = Writer(capacity: composed.utf8.count)
        var utf8 = composed.utf8.makeIterator()
        var previousWasCR = false
        while let byte = utf8.next() {
            if byte < 0x80 {
                defer { previousWasCR = byte == 0x0D }
                switch byte {
                case 0x0A where previousWasCR: continue
                case 0x0A, 0x0D, 0x0B, 0x0C: writer.endLine()
                case 0x09, 0x20: writer.space()
                default: writer.append(byte)
                }
                continue
            }
            previousWasCR = false
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            let second = utf8.next() ?? 0
            let third = length > 2 ? utf8.next() ?? 0 : 0
            let fourth = length > 3 ? utf8.next() ?? 0 : 0
            switch Special(length, byte, second, third) {
            case .lineBreak: writer.endLine()
            case .space: writer.space()
            case .invisible: continue
            case nil: writer.append(byte, second, third, fourth, count: length)
            }
        }
        return writer.finish()
    }

    /// The non-ASCII characters the rules change, by their UTF-8 bytes.
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
        private var output: [UInt8] = []
        private var lineHasContent = false
        private var pendingSpace = false
        private var pendingBlankLine = false

        init(capacity: Int) {
            output.reserveCapacity(capacity)
        }

        mutating func append(_ byte: UInt8) {
            startContent()
            output.append(byte)
        }

        /// One multi-byte character, `count` (2...4) of the bytes given.
        mutating func append(_ first: UInt8, _ second: UInt8, _ third: UInt8, _ fourth: UInt8, count: Int) {
            startContent()
            output.append(first)
            output.append(second)
            if count > 2 { output.append(third) }
            if count > 3 { output.append(fourth) }
        }

        mutating func space() {
            pendingSpace = lineHasContent
        }

        mutating func endLine() {
            if !lineHasContent { pendingBlankLine = !output.isEmpty }
            lineHasContent = false
            pendingSpace = false
        }

        mutating func finish() -> String {
            String(decoding: output, as: UTF8.self)
        }

        private mutating func startContent() {
            if lineHasContent {
                if pendingSpace { output.append(0x20) }
            } else {
                if !output.isEmpty { output.append(0x0A) }
                if pendingBlankLine { output.append(0x0A) }
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
    static func isSurelyNFC(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0..<0x0300, 0x2002...0x206F, 0x20A0...0x20CF: true
            default: false
            }
        }
    }
}
