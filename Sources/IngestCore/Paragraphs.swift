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
    /// keeps everything else (single newlines, spaces), none is empty.
    private static func ranges(bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var newlines = 0
        var newlineRunStart = 0
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A {
                if newlines == 0 { newlineRunStart = index }
                newlines += 1
            } else {
                if newlines >= 2 {
                    if start < newlineRunStart { ranges.append(start..<newlineRunStart) }
                    start = index
                }
                newlines = 0
            }
        }
        let end = newlines >= 2 ? newlineRunStart : bytes.count
        if start < end { ranges.append(start..<end) }
        return ranges
    }
}
