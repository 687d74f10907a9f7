/// Up to eight ASCII bytes counted at once for ``WordCounter``, read as one integer (first
/// byte lowest): how many words start in them, and the counter's two flags after them.
///
/// In ASCII every byte is one of three kinds: a word byte (`0`-`9`, `A`-`Z`, `a`-`z`), a
/// joiner (`'` `,` `-` `.`) or a separator. The counter's rule then reads: a word byte
/// starts a word unless the byte before it is a word byte, or a joiner that itself follows
/// a word byte (`don't`, `2,000`; a second joiner in a row ends the word). Each kind is
/// found for all eight bytes at once by additions that cannot carry from one byte into the
/// next (every byte is below 0x80), read from each byte's high bit. The bytes before the
/// block enter as the counter's flags: `inWord && !pendingJoiner` stands for "a word byte",
/// `pendingJoiner` for "a joiner after a word byte".
struct ASCIIWordBlock {
    /// How many words start in the block.
    let starts: Int
    /// The counter's flags after the block.
    let inWord: Bool
    let pendingJoiner: Bool

    /// Counts the first `count` bytes of `block` (1 to 8), which must be below 0x80; the
    /// bytes after them are not read.
    @inline(__always)
    init(_ block: UInt64, count: Int, inWord: Bool, pendingJoiner: Bool) {
        let (ones, highs) = (ByteLanes.ones, ByteLanes.highs)
        // The high bits of the bytes counted: a byte past them changes no earlier one's
        // result, since each byte is told only by itself and the bytes before it.
        let counted = count == 8 ? highs : highs & (1 << UInt64(8 * count) &- 1)
        let atLeast = ByteLanes.atLeast
        let folded = block | ones &* 0x20
        let letters = atLeast(folded, 0x61) & ~atLeast(folded, 0x7B)
        let digits = atLeast(block, 0x30) & ~atLeast(block, 0x3A)
        let word = letters | digits
        // `,` `-` `.` are 0x2C-0x2E; `'` is 0x27, found as the byte that x ^ 0x27 leaves zero.
        let apostrophes = ~atLeast(block ^ ones &* 0x27, 0x01) & highs
        let joiners = atLeast(block, 0x2C) & ~atLeast(block, 0x2F) | apostrophes
        // Shifted by a byte: what the byte before each one is.
        let wordBefore = word << 8 | (inWord && !pendingJoiner ? 0x80 : 0)
        let joinerAfterWord = joiners & wordBefore
        let joinedBefore = joinerAfterWord << 8 | (pendingJoiner ? 0x80 : 0)
        starts = (word & ~wordBefore & ~joinedBefore & counted).nonzeroBitCount
        let last = UInt64(8 * count - 1)
        let lastJoined = joinerAfterWord >> last & 1 == 1
        self.inWord = word >> last & 1 == 1 || lastJoined
        self.pendingJoiner = lastJoined
    }
}
