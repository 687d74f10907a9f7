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
    static func body(in line: ArraySlice<UInt8>) -> String? {
        guard let start = firstRange(of: bodyKey, in: line) else { return nil }
        var bytes: [UInt8] = []
        var index = start + bodyKey.count
        while index < line.endIndex {
            let byte = line[index]
            if byte == UInt8(ascii: "\"") { return String(decoding: bytes, as: UTF8.self) }
            guard byte == UInt8(ascii: "\\") else {
                bytes.append(byte)
                index += 1
                continue
            }
            guard index + 1 < line.endIndex else { return nil }
            let escaped = line[index + 1]
            index += 2
            switch escaped {
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "u"):
                guard var scalar = hexValue(line, at: index) else { return nil }
                index += 4
                if (0xD800..<0xDC00).contains(scalar), index + 6 <= line.endIndex, line[index] == UInt8(ascii: "\\"),
                    line[index + 1] == UInt8(ascii: "u"), let low = hexValue(line, at: index + 2),
                    (0xDC00..<0xE000).contains(low)
                {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                }
                bytes.append(contentsOf: String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
            default: bytes.append(escaped)
            }
        }
        return nil
    }

    private static func hexValue(_ line: ArraySlice<UInt8>, at start: Int) -> UInt32? {
        guard start + 4 <= line.endIndex else { return nil }
        var value: UInt32 = 0
        for byte in line[start..<start + 4] {
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
