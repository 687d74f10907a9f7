/// Splits normalized text into its paragraphs (separated by blank lines), scanning UTF-8
/// bytes: `split(separator: "\n\n")` compares `Character`s, which cost more than the
/// rest of reading a paragraph.
enum Paragraphs {
    static func of(_ text: some StringProtocol) -> [Substring] {
        let text = Substring(text)
        let utf8 = text.utf8
        var paragraphs: [Substring] = []
        var start = utf8.startIndex
        var index = utf8.startIndex
        var newlines = 0
        var newlineRunStart = index
        while index < utf8.endIndex {
            if utf8[index] == 0x0A {
                if newlines == 0 { newlineRunStart = index }
                newlines += 1
            } else {
                if newlines >= 2 {
                    if start < newlineRunStart { paragraphs.append(text[start..<newlineRunStart]) }
                    start = index
                }
                newlines = 0
            }
            index = utf8.index(after: index)
        }
        let end = newlines >= 2 ? newlineRunStart : utf8.endIndex
        if start < end { paragraphs.append(text[start..<end]) }
        return paragraphs
    }
}
