import Glibc
import IngestSystem
import SimilarityIndex
import Synchronization
import SystemPackage

/// Reads committed articles' bodies back from the store file by where their lines start, to
/// compare a new article with a stored one on its text: on the store's thread, and on the
/// parsing threads that confirm near-duplicate candidates while the store goes on writing.
///
/// Each read is a `pread` on a descriptor of its own, so it never moves with the store's
/// appends; only committed lines are read, and those are never rewritten.
final class StoredBodyReader: Sendable {
    private let descriptor: FileDescriptor
    /// Shingle sets of bodies read lately, by article number: a burst of look-alike articles
    /// keeps meeting the same few stored ones.
    private let recent = Mutex<[Int: ShingleSet]>([:])
    static let recentLimit = 1024

    /// Opens its own descriptor on `store`'s file (the same file even if renamed meanwhile).
    init(duplicating store: FileDescriptor, path: String) throws(SystemCallError) {
        let raw = Glibc.fcntl(store.rawValue, F_DUPFD_CLOEXEC, 0)
        guard raw >= 0 else {
            throw SystemCallError(call: "fcntl(F_DUPFD_CLOEXEC)", path: path, errno: Errno(rawValue: errno))
        }
        descriptor = FileDescriptor(rawValue: raw)
    }

    deinit {
        try? descriptor.close()
    }

    /// The shingle set of article `number`'s body, its line starting at `offset`; `nil` if
    /// the line cannot be read or holds no body.
    func shingles(ofArticle number: Int, at offset: UInt64) -> ShingleSet? {
        if let known = recent.withLock({ $0[number] }) { return known }
        guard let body = body(at: offset) else { return nil }
        let shingles = ShingleSet(body)
        recent.withLock { recent in
            if recent.count >= Self.recentLimit { recent.removeAll(keepingCapacity: true) }
            recent[number] = shingles
        }
        return shingles
    }

    /// The body of the line starting at `offset`; `nil` if it cannot be read, has no end, or
    /// holds no body.
    func body(at offset: UInt64) -> String? {
        var line: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 8 * 1024)
        var at = Int64(offset)
        while true {
            let got: Int
            do {
                got = try chunk.withUnsafeMutableBytes { try descriptor.read(fromAbsoluteOffset: at, into: $0) }
            } catch {
                return nil
            }
            guard got > 0 else { return nil }
            if let newline = chunk[0..<got].firstIndex(of: UInt8(ascii: "\n")) {
                if line.isEmpty { return StoredLine.body(in: chunk[0..<newline]) }
                line.append(contentsOf: chunk[0..<newline])
                return StoredLine.body(in: line[...])
            }
            line.append(contentsOf: chunk[0..<got])
            at += Int64(got)
        }
    }
}
