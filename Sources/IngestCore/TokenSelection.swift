/// Some of a paragraph's tokens, in order, read in place through their positions: the
/// tokens outside quotations, for the date search, without copying each token.
struct TokenSelection: RandomAccessCollection {
    let tokens: [TextToken]
    let positions: [Int]

    var startIndex: Int { 0 }
    var endIndex: Int { positions.count }
    subscript(position: Int) -> TextToken { tokens[positions[position]] }
}
