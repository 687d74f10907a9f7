/// Where one direct quotation stands in a paragraph: “…”, "…", « … », „…“ or »…«.
///
/// Single quotes are left alone: they are apostrophes as often as quotation marks, and
/// articles use them for scare quotes and quotes within quotes.
struct QuoteSpan {
    /// The opening mark.
    var opener: String.Index
    /// The quoted words, spaces inside the marks trimmed.
    var content: Range<String.Index>
    /// After the closing mark, or the paragraph's end for a quotation that runs on into the
    /// next paragraph (which then opens with a mark again).
    var end: String.Index
    var isClosed: Bool

    /// The quotations in `paragraph`, in order; quotations inside a quotation are part of it.
    static func spans(in paragraph: Substring) -> [QuoteSpan] {
        let utf8 = paragraph.utf8
        let scalars = paragraph.unicodeScalars
        var spans: [QuoteSpan] = []
        var index = utf8.startIndex
        while let opener = nextMark(in: paragraph, from: index) {
            let scalar = scalars[opener]
            let next = scalars.index(after: opener)
            let previous = opener > utf8.startIndex ? scalars[scalars.index(before: opener)] : nil
            guard let closers = closers(of: scalar, after: previous), next < utf8.endIndex,
                scalar != "\"" || !TextToken.isSpace(scalars[next])
            else {
                index = next
                continue
            }
            var close = nextMark(in: paragraph, from: next)
            while let candidate = close, !closers.contains(scalars[candidate]) {
                close = nextMark(in: paragraph, from: scalars.index(after: candidate))
            }
            if let close {
                let end = scalars.index(after: close)
                spans.append(
                    QuoteSpan(opener: opener, content: trimmed(next..<close, in: scalars), end: end, isClosed: true))
                index = end
            } else if opener == utf8.startIndex, scalar != "\"" {
                spans.append(
                    QuoteSpan(
                        opener: opener, content: trimmed(next..<utf8.endIndex, in: scalars), end: utf8.endIndex,
                        isClosed: false))
                return spans
            } else {
                index = next
            }
        }
        return spans
    }

    /// The next quotation mark from `start` on: only `"` and the lead bytes of “ ” „ (E2) and
    /// « » (C2) are looked at, so the scan is over bytes.
    private static func nextMark(in paragraph: Substring, from start: String.Index) -> String.Index? {
        let utf8 = paragraph.utf8
        var index = start
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x22 { return index }
            if byte == 0xE2 || byte == 0xC2 {
                switch paragraph.unicodeScalars[index] {
                case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": return index
                default: break
                }
            }
            index = utf8.index(after: index)
        }
        return nil
    }

    /// The marks that close a quotation opened by `scalar`, if it opens one here.
    private static func closers(of scalar: Unicode.Scalar, after previous: Unicode.Scalar?) -> [Unicode.Scalar]? {
        switch scalar {
        case "\u{201C}": ["\u{201D}"]
        case "\u{201E}": ["\u{201C}", "\u{201D}"]
        case "\u{00AB}": ["\u{00BB}"]
        case "\u{00BB}": ["\u{00AB}"]
        case "\"":
            // A straight quote opens only where a word may start.
            if let previous, !TextToken.isSpace(previous), !"([{—–-/".unicodeScalars.contains(previous) {
                nil
            } else {
                ["\""]
            }
        default: nil
        }
    }

    private static func trimmed(_ range: Range<String.Index>, in scalars: Substring.UnicodeScalarView) -> Range<
        String.Index
    > {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, TextToken.isSpace(scalars[lower]) { lower = scalars.index(after: lower) }
        while upper > lower, TextToken.isSpace(scalars[scalars.index(before: upper)]) {
            upper = scalars.index(before: upper)
        }
        return lower..<upper
    }
}
