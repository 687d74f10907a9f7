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
    /// keeps everything else (single newlines, spaces), none is empty. Only the newlines are
    /// looked at, found a run of bytes at a time.
    private static func ranges(bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        while let newline = ByteSearch.offset(of: 0x0A, in: bytes, from: index) {
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
