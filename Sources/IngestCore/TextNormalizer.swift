import Foundation

/// Brings every way of saving the same text to one canonical form, so that a re-save with
/// other line endings, a byte-order mark, no-break spaces or stray trailing blanks is
/// recognised as the same article.
///
/// The rules: Unicode NFC; CRLF, CR, NEL and the Unicode line and paragraph separators become
/// `\n`; tabs, NBSP and the other Unicode spaces become a space and runs of spaces fold to one;
/// zero-width characters and byte-order marks go; each line is trimmed; runs of blank lines
/// become one blank line; leading and trailing blank lines go.
public enum TextNormalizer {
    public static func normalize(_ text: String) -> String {
        let composed = isSurelyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
        var output = String.UnicodeScalarView()
        output.reserveCapacity(composed.unicodeScalars.count)
        var line = String.UnicodeScalarView()
        var pendingBlankLine = false
        var pendingSpace = false
        var previousWasCR = false

        func endLine() {
            if line.isEmpty {
                pendingBlankLine = !output.isEmpty
            } else {
                if !output.isEmpty { output.append("\n") }
                if pendingBlankLine { output.append("\n") }
                output.append(contentsOf: line)
                pendingBlankLine = false
            }
            line.removeAll(keepingCapacity: true)
            pendingSpace = false
        }

        for scalar in composed.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A where previousWasCR:
                continue
            case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                endLine()
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                continue
            case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                pendingSpace = !line.isEmpty
            default:
                if pendingSpace { line.append(" ") }
                pendingSpace = false
                line.append(scalar)
            }
        }
        endLine()
        return String(output)
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
