import Foundation

/// What a store file holds, read back to check a run: how many lines, how many distinct
/// `sha256` values, and the `source` names of lines past a given count. Works on ingestd's
/// store and the peer's alike (both write `"sha256":"…"` and `"source":"…"` keys).
struct StoreContents: Sendable {
    var lines = 0
    var distinctHashes = 0
    /// `source` of every line after the first `sourcesAfter` lines.
    var laterSources: [String] = []

    static func read(_ path: String, sourcesAfter: Int = .max) throws(BenchError) -> StoreContents {
        let bytes = try Files.read(path)
        var contents = StoreContents()
        var hashes = Set<Substring>()
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.split(separator: "\n") {
            contents.lines += 1
            if let hash = value(of: "sha256", in: line) { hashes.insert(hash) }
            if contents.lines > sourcesAfter, let source = value(of: "source", in: line) {
                contents.laterSources.append(String(source))
            }
        }
        contents.distinctHashes = hashes.count
        return contents
    }

    /// The string value of the first `"key":"…"` in `line` (values without escapes only).
    private static func value(of key: String, in line: Substring) -> Substring? {
        guard let start = line.range(of: "\"\(key)\":\"") else { return nil }
        let rest = line[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return rest[..<end]
    }
}
