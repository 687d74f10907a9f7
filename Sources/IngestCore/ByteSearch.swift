/// Finds ASCII or UTF-8 needles in text by comparing bytes. `String.contains(_:)` with a
/// string argument goes through Foundation (bridging, locale-aware search) and
/// `firstRange(of:)` compares `Character`s; both cost far more on the per-file path.
enum ByteSearch {
    /// Where `needle` first occurs in `text`.
    static func firstRange(of needle: String, in text: Substring) -> Range<String.Index>? {
        let bytes = Array(needle.utf8)
        guard let first = bytes.first else { return nil }
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            if utf8[index] == first {
                var probe = index
                var matched = 0
                while matched < bytes.count, probe < utf8.endIndex, utf8[probe] == bytes[matched] {
                    matched += 1
                    probe = utf8.index(after: probe)
                }
                if matched == bytes.count { return index..<probe }
            }
            index = utf8.index(after: index)
        }
        return nil
    }

    /// Whether `text` holds a line break.
    static func hasNewline(_ text: some StringProtocol) -> Bool {
        text.utf8.contains(0x0A)
    }
}
