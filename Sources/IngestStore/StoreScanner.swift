import IngestCore
import IngestSystem
import SystemPackage

/// Reads the store once at start, in fixed-size chunks: indexes every article line, notes
/// malformed ones, and finds a torn last line.
enum StoreScanner {
    struct Result {
        var hashes: Set<ContentHash> = []
        var articleLines = 0
        var malformedLines: [Int] = []
        var malformedCount = 0
        /// Size up to and including the last newline.
        var completeSize: Int64 = 0
        /// Bytes after the last newline: a line a crash cut short.
        var tornTail: [UInt8] = []
    }

    static let chunkSize = 1 << 20
    static let reportedMalformedLines = 20

    static func scan(_ descriptor: FileDescriptor, path: String) throws(SystemCallError) -> Result {
        var result = Result()
        var carry: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var offset: Int64 = 0
        var lineNumber = 0
        while true {
            let count: Int
            do {
                count = try chunk.withUnsafeMutableBytes { try descriptor.read(fromAbsoluteOffset: offset, into: $0) }
            } catch {
                throw SystemCallError(call: "read", path: path, error: error)
            }
            if count == 0 { break }
            offset += Int64(count)
            var lineStart = 0
            let filled = chunk[0..<count]
            while let newline = filled[lineStart...].firstIndex(of: UInt8(ascii: "\n")) {
                lineNumber += 1
                if carry.isEmpty {
                    take(line: chunk[lineStart..<newline], number: lineNumber, into: &result)
                } else {
                    carry.append(contentsOf: chunk[lineStart..<newline])
                    take(line: carry[...], number: lineNumber, into: &result)
                    carry.removeAll(keepingCapacity: true)
                }
                lineStart = newline + 1
                result.completeSize = offset - Int64(count - lineStart)
            }
            carry.append(contentsOf: chunk[lineStart..<count])
        }
        result.tornTail = carry
        return result
    }

    private static func take(line: ArraySlice<UInt8>, number: Int, into result: inout Result) {
        if let hash = StoredLine.hash(in: line) {
            result.hashes.insert(hash)
            result.articleLines += 1
        } else if !line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) {
            result.malformedCount += 1
            if result.malformedLines.count < reportedMalformedLines { result.malformedLines.append(number) }
        }
    }
}
