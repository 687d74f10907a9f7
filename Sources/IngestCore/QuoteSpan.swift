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
        let scalars = paragraph.unicodeScalars
        var spans: [QuoteSpan] = []
        var index = scalars.startIndex
        var previous: Unicode.Scalar?
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            guard let closers = closers(of: scalar, after: previous), next < scalars.endIndex,
                scalar != "\"" || !TextToken.isSpace(scalars[next])
            else {
                previous = scalar
                index = next
                continue
            }
            if let close = scalars[next...].firstIndex(where: closers.contains) {
                spans.append(
                    QuoteSpan(
                        opener: index, content: trimmed(next..<close, in: scalars), end: scalars.index(after: close),
                        isClosed: true))
                previous = scalars[close]
                index = scalars.index(after: close)
            } else if index == scalars.startIndex, scalar != "\"" {
                spans.append(
                    QuoteSpan(
                        opener: index, content: trimmed(next..<scalars.endIndex, in: scalars), end: scalars.endIndex,
                        isClosed: false))
                return spans
            } else {
                previous = scalar
                index = next
            }
        }
        return spans
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
