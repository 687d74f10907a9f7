import Foundation
import Glibc
import IngestCore
import IngestSystem
import SystemPackage

/// The persistent JSON-lines store: one article per line, appended durably, never rewritten.
///
/// Crash safety comes from three rules: lines are only appended; a batch counts only once
/// `fsync` has returned (``commit()``), and a failed batch is cut off again; on open, a torn
/// last line is moved to a side file. The in-memory index of content hashes answers "is this
/// article new?" without reading the file.
///
/// Owned by one task at a time: it is not `Sendable`.
public final class ArticleStore {
    public let path: String
    /// What opening found and repaired.
    public let openReport: StoreOpenReport

    private let lock: StoreLock
    private let descriptor: FileDescriptor
    private var index: Set<ContentHash>
    /// Bytes known to be on stable storage.
    private var durableSize: Int64
    private var staged: [UInt8] = []
    private var stagedHashes: [ContentHash] = []

    /// Locks, repairs and indexes the store at `path`, creating it (and its folder) if needed.
    public init(path: String) throws(StoreError) {
        self.path = path
        let folder = ArticleStore.folder(of: path)
        do {
            try Syscall.makeDirectories(folder)
        } catch {
            throw .unavailable(store: path, error)
        }
        lock = try StoreLock(store: path)
        do {
            let raw = try Syscall.retrying("open", path: path) {
                Glibc.open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o644)
            }
            descriptor = FileDescriptor(rawValue: raw)
        } catch {
            throw .unavailable(store: path, error)
        }
        do {
            let scan = try StoreScanner.scan(descriptor, path: path)
            var tornTail: StoreOpenReport.TornTail?
            if !scan.tornTail.isEmpty {
                tornTail = try ArticleStore.setAside(scan.tornTail, of: path)
                try Syscall.truncate(descriptor, size: scan.completeSize, path: path)
                try Syscall.fsync(descriptor, path: path)
            }
            try Syscall.fsyncDirectory(folder)
            index = scan.hashes
            durableSize = scan.completeSize
            openReport = StoreOpenReport(
                articles: scan.articleLines,
                malformedLines: scan.malformedLines,
                malformedCount: scan.malformedCount,
                tornTail: tornTail
            )
        } catch {
            try? descriptor.close()
            throw .unavailable(store: path, error)
        }
    }

    deinit {
        try? descriptor.close()
    }

    /// Distinct articles stored or staged.
    public var count: Int { index.count }

    /// Whether an article with this content is stored, or staged in the current batch.
    public func contains(_ hash: ContentHash) -> Bool {
        index.contains(hash)
    }

    /// Adds a record to the current batch, unless its content is already known.
    ///
    /// - Returns: `false` for a duplicate. A staged record is durable only after ``commit()``.
    @discardableResult
    public func stage(_ record: ArticleRecord) -> Bool {
        guard index.insert(record.hash).inserted else { return false }
        staged.append(contentsOf: record.jsonLine())
        stagedHashes.append(record.hash)
        return true
    }

    /// Records staged since the last commit.
    public var stagedCount: Int { stagedHashes.count }

    /// Appends the staged records and makes them durable with one `fsync`.
    ///
    /// On failure the file is cut back to its last durable size and the staged records are
    /// forgotten, so the caller can retry the same inputs later.
    public func commit() throws(StoreError) {
        guard !staged.isEmpty else { return }
        do {
            try Syscall.writeAll(descriptor, staged, path: path)
            try Syscall.fsync(descriptor, path: path)
        } catch {
            rollBack()
            throw .writeFailed(store: path, error)
        }
        durableSize += Int64(staged.count)
        staged.removeAll(keepingCapacity: true)
        stagedHashes.removeAll(keepingCapacity: true)
    }

    /// Forgets the staged records and cuts the file back to what is durable.
    private func rollBack() {
        for hash in stagedHashes { index.remove(hash) }
        staged.removeAll(keepingCapacity: true)
        stagedHashes.removeAll(keepingCapacity: true)
        // If even this fails, the partial line is a torn tail: the next open moves it aside.
        try? Syscall.truncate(descriptor, size: durableSize, path: path)
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Writes a torn tail to `<store>.torn-<time>` (never over an existing file) and syncs it.
    private static func setAside(
        _ bytes: [UInt8], of store: String
    ) throws(SystemCallError) -> StoreOpenReport.TornTail {
        let stamp = Timestamp.compact(.now)
        var attempt = 0
        while true {
            let name = store + ".torn-" + stamp + (attempt == 0 ? "" : "-\(attempt)")
            do {
                try DurableFile.create(name, contents: bytes)
                return StoreOpenReport.TornTail(bytes: bytes.count, savedTo: name)
            } catch  where error.errno == .fileExists {
                attempt += 1
            }
        }
    }
}
