import Foundation

/// Splits normalized text into its paragraphs (separated by blank lines), scanning UTF-8
/// bytes: `split(separator: "\n\n")` compares `Character`s, which cost more than the
/// rest of reading a paragraph.
enum Paragraphs {
    static func of(_ text: some StringProtocol) -> [Substring] {
        let text = Substring(text)
        let ranges =
            text.utf8.withContiguousStorageIfAvailable(ranges(bytes:))
            ?? Array(text.utf8).withUnsafeBufferPointer(ranges(bytes:))
        return ranges.map { TextToken.slice(text, $0) }
    }

    /// The paragraphs' UTF-8 offsets: a run of two newlines or more ends one, and a paragraph
    /// keeps everything else (single newlines, spaces), none is empty. Newlines are found with
    /// `memchr`: between them there is nothing to look at.
    private static func ranges(bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let base = bytes.baseAddress else { return [] }
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < bytes.count, let found = memchr(base + index, 0x0A, bytes.count - index) {
            let newline = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            var end = newline + 1
            while end < bytes.count, bytes[end] == 0x0A { end += 1 }
            if end - newline >= 2 {
                if start < newline { ranges.append(start..<newline) }
                start = end
            }
            index = end
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        return ranges
    }
}
