/// Where one direct quotation stands in a paragraph: “…”, "…", « … », „…“ or »…«.
///
/// Single quotes are left alone: they are apostrophes as often as quotation marks, and
/// articles use them for scare quotes and quotes within quotes. Positions are UTF-8 offsets
/// from the paragraph's start, like ``TextToken/range``.
struct QuoteSpan {
    /// The opening mark.
    var opener: Int
    /// The quoted words, spaces inside the marks trimmed.
    var content: Range<Int>
    /// After the closing mark, or the paragraph's end for a quotation that runs on into the
    /// next paragraph (which then opens with a mark again).
    var end: Int
    var isClosed: Bool

    /// The quotations in `paragraph`, in order; quotations inside a quotation are part of it.
    static func spans(in paragraph: Substring) -> [QuoteSpan] {
        if let spans = paragraph.utf8.withContiguousStorageIfAvailable(spans(bytes:)) { return spans }
        return Array(paragraph.utf8).withUnsafeBufferPointer(spans(bytes:))
    }

    private static func spans(bytes: UnsafeBufferPointer<UInt8>) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var index = 0
        while let opener = nextMark(in: bytes, from: index) {
            let (scalar, width) = UTF8Bytes.scalar(at: opener, in: bytes)
            let next = opener + width
            let previous =
                opener > 0
                ? UTF8Bytes.scalar(at: UTF8Bytes.scalarStart(before: opener, in: bytes), in: bytes).scalar : nil
            guard let closers = closers(of: scalar, after: previous), next < bytes.count,
                scalar != "\"" || !TextToken.isSpace(UTF8Bytes.scalar(at: next, in: bytes).scalar)
            else {
                index = next
                continue
            }
            var close = nextMark(in: bytes, from: next)
            while let candidate = close {
                let (mark, markWidth) = UTF8Bytes.scalar(at: candidate, in: bytes)
                if closers.contains(mark) { break }
                close = nextMark(in: bytes, from: candidate + markWidth)
            }
            if let close {
                let end = close + UTF8Bytes.scalar(at: close, in: bytes).width
                spans.append(
                    QuoteSpan(opener: opener, content: trimmed(next..<close, in: bytes), end: end, isClosed: true))
                index = end
            } else if opener == 0, scalar != "\"" {
                spans.append(
                    QuoteSpan(
                        opener: opener, content: trimmed(next..<bytes.count, in: bytes), end: bytes.count,
                        isClosed: false))
                return spans
            } else {
                index = next
            }
        }
        return spans
    }

    /// The next quotation mark from `start` on: `"`, “ ” „ (E2 80 9C/9D/9E) or « » (C2 AB/BB).
    private static func nextMark(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            index = skippingMarklessBlocks(from: index, in: bytes)
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case 0x22: return index
            case 0xE2:
                if index + 2 < bytes.count, bytes[index + 1] == 0x80, (0x9C...0x9E).contains(bytes[index + 2]) {
                    return index
                }
            case 0xC2:
                if index + 1 < bytes.count, bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB { return index }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The first offset from `index` on that does not start a block of 8 bytes without a
    /// quotation mark's byte. Every byte of a mark is `"` or at least 0x80, so a block with
    /// neither (no high bit set, and no zero byte in `block ^ 0x2222…`) is passed over whole.
    @inline(__always)
    static func skippingMarklessBlocks(from index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = index
        while let block = ByteLanes.load(bytes, at: index), block & ByteLanes.highs == 0,
            !ByteLanes.anyEqual(block, UInt8(ascii: "\""))
        {
            index += 8
        }
        return index
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

    private static func trimmed(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let (scalar, width) = UTF8Bytes.scalar(at: lower, in: bytes)
            guard TextToken.isSpace(scalar) else { break }
            lower += width
        }
        while upper > lower {
            let start = UTF8Bytes.scalarStart(before: upper, in: bytes)
            guard TextToken.isSpace(UTF8Bytes.scalar(at: start, in: bytes).scalar) else { break }
            upper = start
        }
        return lower..<upper
    }
}
