import Foundation

/// Finds ASCII or UTF-8 needles in text by comparing bytes. `String.contains(_:)` with a
/// string argument goes through Foundation (bridging, locale-aware search) and
/// `firstRange(of:)` compares `Character`s; both cost far more on the per-file path.
enum ByteSearch {
    /// Where `needle` first occurs in `text`.
    static func firstRange(of needle: String, in text: Substring) -> Range<String.Index>? {
        let utf8 = text.utf8
        let found: Int?? = utf8.withContiguousStorageIfAvailable { haystack in
            var needle = needle
            return needle.withUTF8 { firstOffset(of: $0, in: haystack) }
        }
        guard let found else { return slowFirstRange(of: needle, in: text) }
        guard let offset = found else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// The offset of the first occurrence of `needle` in `haystack`.
    private static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>)
        -> Int?
    {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var matched = 1
                while matched < needle.count, haystack[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// The same search through the views, for text whose UTF-8 is not stored contiguously
    /// (bridged strings).
    private static func slowFirstRange(of needle: String, in text: Substring) -> Range<String.Index>? {
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

    /// `text.split(separator: " ").count` — the runs of characters between spaces — counted on
    /// the bytes when `text` is all ASCII, where every character is one byte (bar "\r\n",
    /// which holds no space); `nil` for other text, where a combining mark after a space
    /// makes one character of the two.
    static func asciiSpaceSeparatedCount(_ text: Substring) -> Int? {
        var runs = 0
        var inRun = false
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if byte == 0x20 {
                inRun = false
            } else if !inRun {
                inRun = true
                runs += 1
            }
        }
        return runs
    }

    /// The offset of the first `byte` in `bytes` from `start` on, found with `memchr` (which
    /// reads many bytes at a time where a loop reads one).
    static func offset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count,
            let found = memchr(base + start, Int32(byte), bytes.count - start)
        else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Whether `text` holds a line break, found with `memchr` where the bytes are contiguous.
    static func hasNewline(_ text: some StringProtocol) -> Bool {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { offset(of: 0x0A, in: $0) != nil } ?? utf8.contains(0x0A)
    }

    /// Whether every byte of `text` is ASCII: then every character is one byte, bar CR LF.
    static func isASCII(_ text: some StringProtocol) -> Bool {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? utf8.allSatisfy { $0 < 0x80 }
    }

    /// `text.split(separator: separator)` for an ASCII `separator` other than CR and LF, split on
    /// the bytes when `text` is all ASCII (every character one byte, and CR LF holds no
    /// separator). In other text a combining mark or a prepended character may join a separator
    /// byte into a longer `Character`, so the characters are compared.
    static func split(_ text: Substring, separator: Character) -> [Substring] {
        guard let byte = separator.asciiValue, byte != 0x0D, byte != 0x0A,
            let pieces = text.utf8.withContiguousStorageIfAvailable({ asciiPieces(of: text, $0, between: byte) }) ?? nil
        else { return text.split(separator: separator) }
        return pieces
    }

    /// The non-empty runs of `bytes` (the UTF-8 of `text`) between `separator` bytes, as slices
    /// of `text`; `nil` as soon as a byte is not ASCII.
    private static func asciiPieces(of text: Substring, _ bytes: UnsafeBufferPointer<UInt8>, between separator: UInt8)
        -> [Substring]?
    {
        var pieces: [Substring] = []
        var start = 0
        for (offset, byte) in bytes.enumerated() {
            guard byte < 0x80 else { return nil }
            guard byte == separator else { continue }
            if start < offset { pieces.append(TextToken.slice(text, start..<offset)) }
            start = offset + 1
        }
        if start < bytes.count { pieces.append(TextToken.slice(text, start..<bytes.count)) }
        return pieces
    }

    /// `text.lastIndex(of: character)` for an ASCII `character`, found on the bytes when `text`
    /// is all ASCII: there every character is one byte (bar CR LF, which holds no other
    /// character). In other text a combining mark or a prepended character may join the byte
    /// into a longer `Character`, so the characters are compared.
    static func lastIndex(of character: Character, in text: Substring) -> String.Index? {
        guard let byte = character.asciiValue, byte != 0x0D, byte != 0x0A, isASCII(text) else {
            return text.lastIndex(of: character)
        }
        return text.utf8.lastIndex(of: byte)
    }
}
