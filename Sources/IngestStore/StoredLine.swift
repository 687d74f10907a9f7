import IngestCore

/// Reads back what the store needs from one of its own lines: the content hash.
///
/// The store writes `{"id":"…","sha256":"<64 hex>",…}` itself, so the hash is found without a
/// JSON parser; a line without one is malformed.
enum StoredLine {
    private static let key = Array("\"sha256\":\"".utf8)

    static func hash(in line: ArraySlice<UInt8>) -> ContentHash? {
        guard line.first == UInt8(ascii: "{"), line.last == UInt8(ascii: "}") else { return nil }
        guard let start = firstRange(of: key, in: line) else { return nil }
        let hexStart = start + key.count
        let hexEnd = hexStart + 64
        guard hexEnd < line.endIndex, line[hexEnd] == UInt8(ascii: "\"") else { return nil }
        return ContentHash(hex: line[hexStart..<hexEnd])
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
