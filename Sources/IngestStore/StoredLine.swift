import IngestCore

/// Reads back what the store needs from one of its own lines: the content hash, and the body
/// when a similarity fingerprint must be computed again.
///
/// The store writes `{"id":"…","sha256":"<64 hex>",…}` itself, so the hash is found without a
/// JSON parser; a line without one is malformed.
enum StoredLine {
    private static let key = Array("\"sha256\":\"".utf8)

    /// The hash of a whole line; `nil` for a line that is not one of the store's records.
    static func hash(in line: ArraySlice<UInt8>) -> ContentHash? {
        guard line.last == UInt8(ascii: "}") else { return nil }
        return leadingHash(in: line)
    }

    /// The hash in the first bytes of a line, as far as they reach: enough to check that a
    /// line starts at an offset an index file names.
    static func leadingHash(in head: ArraySlice<UInt8>) -> ContentHash? {
        guard head.first == UInt8(ascii: "{"), let start = firstRange(of: key, in: head) else { return nil }
        let hexStart = start + key.count
        guard hexStart + 64 < head.endIndex, head[hexStart + 64] == UInt8(ascii: "\"") else { return nil }
        return ContentHash(hex: head[hexStart..<hexStart + 64])
    }

    private static let bodyKey = Array(",\"body\":\"".utf8)

    /// The article body of a stored line, unescaped; `nil` if the line has none.
    ///
    /// Read when the store is indexed without its index file, for every line: the runs between
    /// escapes (most of a body) are copied whole, not byte by byte.
    static func body(in line: ArraySlice<UInt8>) -> String? {
        guard let start = firstRange(of: bodyKey, in: line) else { return nil }
        return line.withUnsafeBufferPointer { whole in
            unescapedString(UnsafeBufferPointer(rebasing: whole[(start - line.startIndex + bodyKey.count)...]))
        }
    }

    /// The JSON string whose content starts at `bytes`, up to its closing quote, unescaped;
    /// `nil` if it does not close or holds a broken escape.
    private static func unescapedString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            var runEnd = index
            while runEnd < bytes.count, bytes[runEnd] != UInt8(ascii: "\""), bytes[runEnd] != UInt8(ascii: "\\") {
                runEnd += 1
            }
            unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
            index = runEnd
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "\"") { return String(decoding: unescaped, as: UTF8.self) }
            guard index + 1 < bytes.count else { return nil }
            let escaped = bytes[index + 1]
            index += 2
            switch escaped {
            case UInt8(ascii: "n"): unescaped.append(0x0A)
            case UInt8(ascii: "t"): unescaped.append(0x09)
            case UInt8(ascii: "r"): unescaped.append(0x0D)
            case UInt8(ascii: "b"): unescaped.append(0x08)
            case UInt8(ascii: "f"): unescaped.append(0x0C)
            case UInt8(ascii: "u"):
                guard var scalar = hexValue(bytes, at: index) else { return nil }
                index += 4
                if (0xD800..<0xDC00).contains(scalar), index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u"), let low = hexValue(bytes, at: index + 2),
                    (0xDC00..<0xE000).contains(low)
                {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                }
                unescaped.append(contentsOf: String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
            default: unescaped.append(escaped)
            }
        }
        return nil
    }

    private static func hexValue(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt32? {
        guard start + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[start..<start + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    private static func firstRange(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == needle[0] && haystack[index..<index + needle.count].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}
