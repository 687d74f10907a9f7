/// Turns a body into the hashes of its word shingles (runs of `width` consecutive words), the
/// unit every similarity measure here counts: two republications of one article share almost
/// all of their shingles, two articles on one subject share few (common phrases are short).
///
/// Words are read straight from the UTF-8 bytes, without building strings:
/// - letters, digits and combining marks make words; everything else (spaces, punctuation,
///   symbols) separates them. Apostrophes (`'`, `’`), soft hyphens, zero-width joiners and the
///   Arabic tatweel are dropped inside a word, so "Iran’s" and "Iran's" are one word;
/// - letters are lowercased with Unicode's full mapping (ASCII on a fast path);
/// - Arabic-script variants that writers mix freely are folded: Arabic yeh, alef maksura and
///   kaf to the Persian letters, Arabic-Indic and Persian digits to ASCII, and the optional
///   vowel marks (harakat) are dropped;
/// - scripts written without spaces (Han ideographs, hiragana, katakana) give one word per
///   character, so their shingles are character n-grams.
///
/// A text with fewer words than `width` gives one shingle of all its words; a text without
/// words gives none.
public enum ShingleText {
    /// The shingle width used by the fingerprints and the similarity measures, chosen by
    /// measurement (see `SimilarityCalibrationTests`): 4 words keeps the Jaccard similarity of
    /// articles that share only a subject and its stock phrases near zero, while a typo or a
    /// changed word costs only 4 shingles.
    public static let defaultWidth = 4

    /// The hashes of the shingles of `text`, in reading order (repeats included).
    public static func hashes(of text: String, width: Int = defaultWidth) -> [UInt64] {
        withShingles(of: text, width: width) { Array($0) }
    }

    /// Calls `body` with the hash of each shingle of `text`, in reading order, without
    /// allocating per shingle.
    public static func forEachHash(of text: String, width: Int = defaultWidth, _ body: (UInt64) -> Void) {
        precondition((1...8).contains(width), "shingle width must be 1...8")
        withUTF8(of: text) { bytes in forEachHash(in: bytes, width: width, body) }
    }

    /// The number of words `text` has, as the shingles count them.
    public static func wordCount(of text: String) -> Int {
        withUTF8(of: text) { bytes in
            var count = 0
            WordHashes.forEach(in: bytes) { _ in count &+= 1 }
            return count
        }
    }

    /// Runs `body` with the hashes of the shingles of `text`, in reading order, in a buffer
    /// valid only during the call (no array is built for them, unless the text is long).
    static func withShingles<Result>(
        of text: String, width: Int, _ body: (UnsafeMutableBufferPointer<UInt64>) -> Result
    ) -> Result {
        precondition((1...8).contains(width), "shingle width must be 1...8")
        return withUTF8(of: text) { bytes in
            // A word takes a byte at least, and two words in a row are parted by a separator
            // unless one is a character of 3 bytes (ideographs, kana): a text of n bytes has at
            // most (n + 1) / 2 words, so as many shingles.
            let capacity = bytes.count / 2 + 1
            guard capacity <= maximumBufferedShingles else { return withGrownShingles(of: bytes, width: width, body) }
            return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: capacity) { buffer in
                var count = 0
                forEachHash(in: bytes, width: width) { hash in
                    // Always true (see above); checked so that no text can write past the buffer,
                    // and read again into an array if one ever did.
                    if count < buffer.count { buffer.initializeElement(at: count, to: hash) }
                    count &+= 1
                }
                guard count <= buffer.count else { return withGrownShingles(of: bytes, width: width, body) }
                return body(UnsafeMutableBufferPointer(rebasing: buffer[..<count]))
            }
        }
    }

    /// The most shingles (a text of twice as many bytes) read into a buffer of the bound's size,
    /// 512 KB; a longer text's are appended to an array, which takes only the memory they need.
    private static let maximumBufferedShingles = 1 << 16

    /// ``withShingles(of:width:_:)`` with the hashes appended to an array.
    private static func withGrownShingles<Result>(
        of bytes: UnsafeBufferPointer<UInt8>, width: Int, _ body: (UnsafeMutableBufferPointer<UInt64>) -> Result
    ) -> Result {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(bytes.count / 5)
        forEachHash(in: bytes, width: width) { hashes.append($0) }
        return hashes.withUnsafeMutableBufferPointer { body($0) }
    }

    /// An odd constant (2^64 / golden ratio) that chains word hashes into a shingle hash.
    private static let shingleMultiplier: UInt64 = 0x9e37_79b9_7f4a_7c15

    /// Calls `body` with the hash of each shingle of the UTF-8 text `bytes`, in reading order.
    @inline(__always)
    private static func forEachHash(
        in bytes: UnsafeBufferPointer<UInt8>, width: Int, _ body: (UInt64) -> Void
    ) {
        // The default width gets a loop of its own, with its window in registers.
        if width == 4 {
            forEachHashOfFourWords(in: bytes, body)
            return
        }
        // The last 8 word hashes, the latest word's at `count - 1` (modulo 8): no shifting.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 8) { ring in
            ring.initialize(repeating: 0)
            var count = 0
            WordHashes.forEach(in: bytes) { word in
                ring[count & 7] = word
                count &+= 1
                if count >= width { body(shingle(of: ring, upTo: count, last: width)) }
            }
            if count > 0 && count < width { body(shingle(of: ring, upTo: count, last: count)) }
        }
    }

    /// ``forEachHash(in:width:_:)`` for shingles of 4 words, the default: the 3 words before
    /// the latest are kept in variables, not in memory.
    @inline(__always)
    private static func forEachHashOfFourWords(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        var first: UInt64 = 0
        var second: UInt64 = 0
        var third: UInt64 = 0
        var count = 0
        WordHashes.forEach(in: bytes) { word in
            count &+= 1
            if count >= 4 {
                var state = 4 &* shingleMultiplier
                state = (state ^ first) &* shingleMultiplier
                state = (state ^ second) &* shingleMultiplier
                state = (state ^ third) &* shingleMultiplier
                state = (state ^ word) &* shingleMultiplier
                body(Hash64.mix(state))
            }
            first = second
            second = third
            third = word
        }
        guard count > 0 && count < 4 else { return }
        // Fewer words than 4: one shingle of them all (the last `count` of the three).
        var state = UInt64(truncatingIfNeeded: count) &* shingleMultiplier
        if count == 3 { state = (state ^ first) &* shingleMultiplier }
        if count >= 2 { state = (state ^ second) &* shingleMultiplier }
        state = (state ^ third) &* shingleMultiplier
        body(Hash64.mix(state))
    }

    /// The hash of the shingle of the `last` words before word number `end`, oldest first.
    @inline(__always)
    private static func shingle(of ring: UnsafeMutableBufferPointer<UInt64>, upTo end: Int, last: Int) -> UInt64 {
        var state = UInt64(truncatingIfNeeded: last) &* shingleMultiplier
        var word = end &- last
        while word < end {
            state = (state ^ ring[word & 7]) &* shingleMultiplier
            word &+= 1
        }
        return Hash64.mix(state)
    }

    /// Runs `body` with the UTF-8 bytes of `text`.
    private static func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text
        return text.withUTF8(body)
    }
}
