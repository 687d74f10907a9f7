import IngestCore
import IngestSystem
import SystemPackage

/// Reads the store from an offset to its end in fixed-size chunks: indexes every article
/// line, notes malformed ones, and finds a torn last line.
enum StoreScanner {
    struct Result {
        /// The content hash of each article line, in store order.
        var hashes: [ContentHash] = []
        /// Where each article's line starts.
        var offsets: [UInt64] = []
        /// The similarity fingerprint of each article's body.
        var fingerprints: [UInt64] = []
        /// Lines read, article or not.
        var lines = 0
        var malformedLines: [Int] = []
        var malformedCount = 0
        /// Size up to and including the last newline.
        var completeSize: Int64 = 0
        /// Bytes after the last newline: a line a crash cut short.
        var tornTail: [UInt8] = []
    }

    static let chunkSize = 1 << 20
    static let reportedMalformedLines = 20

    /// - Parameters:
    ///   - start: where to begin; must be the start of a line.
    ///   - end: where to stop (the end of the file when `nil`); bytes after the last newline
    ///     before it are the result's torn tail.
    ///   - firstLine: the 1-based number of the line at `start`.
    ///   - fingerprint: the similarity fingerprint of a stored line (its body).
    ///   - read: told the size of each chunk as it is read; `false` ends the scan there, and
    ///     the result is then incomplete (its last line may look torn) and must be discarded.
    static func scan(
        _ descriptor: FileDescriptor, path: String, from start: Int64 = 0, upTo end: Int64? = nil, firstLine: Int = 1,
        fingerprint: (ArraySlice<UInt8>) -> UInt64, read: (Int) -> Bool = { _ in true }
    ) throws(SystemCallError) -> Result {
        var result = Result()
        result.completeSize = start
        var carry: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var offset = start
        var lineNumber = firstLine - 1
        while true {
            let wanted = end.map { Int(clamping: max(0, min(Int64(chunkSize), $0 - offset))) } ?? chunkSize
            guard wanted > 0 else { break }
            let count: Int
            do {
                count = try chunk.withUnsafeMutableBytes { buffer in
                    try descriptor.read(
                        fromAbsoluteOffset: offset, into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<wanted]))
                }
            } catch {
                throw SystemCallError(call: "read", path: path, error: error)
            }
            if count == 0 || !read(count) { break }
            let chunkOffset = offset
            offset += Int64(count)
            var lineStart = 0
            let filled = chunk[0..<count]
            while let newline = filled[lineStart...].firstIndex(of: UInt8(ascii: "\n")) {
                lineNumber += 1
                if carry.isEmpty {
                    let lineOffset = UInt64(chunkOffset) + UInt64(lineStart)
                    take(chunk[lineStart..<newline], at: lineOffset, number: lineNumber, fingerprint, into: &result)
                } else {
                    let lineOffset = UInt64(chunkOffset) - UInt64(carry.count)
                    carry.append(contentsOf: chunk[lineStart..<newline])
                    take(carry[...], at: lineOffset, number: lineNumber, fingerprint, into: &result)
                    carry.removeAll(keepingCapacity: true)
                }
                lineStart = newline + 1
                result.completeSize = chunkOffset + Int64(lineStart)
            }
            carry.append(contentsOf: chunk[lineStart..<count])
        }
        result.lines = lineNumber - (firstLine - 1)
        result.tornTail = carry
        return result
    }

    private static func take(
        _ line: ArraySlice<UInt8>, at offset: UInt64, number: Int, _ fingerprint: (ArraySlice<UInt8>) -> UInt64,
        into result: inout Result
    ) {
        if let hash = StoredLine.hash(in: line) {
            result.hashes.append(hash)
            result.offsets.append(offset)
            result.fingerprints.append(fingerprint(line))
        } else if !line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) {
            result.malformedCount += 1
            if result.malformedLines.count < reportedMalformedLines { result.malformedLines.append(number) }
        }
    }
}
