import Foundation
import Glibc

/// A fresh folder tree under /tmp for one test, removed when the test lets go of it:
/// the inbox, a staging folder on the same file system (to drop files by `rename`, as a
/// careful writer does), and the daemon's store, `processed/` and `rejected/`.
final class TestInbox {
    let root: String
    let inbox: String
    let staging: String
    let data: String
    /// The store; a test may move it (to a small file system, say) before starting a daemon.
    var store: String
    let processed: String
    let rejected: String
    private var outputs = 0

    init() throws {
        var template = Array("/tmp/ingestd-it.XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw IntegrationTestError("mkdtemp failed: errno \(errno)")
        }
        root = String(cString: made)
        inbox = root + "/inbox"
        staging = root + "/staging"
        data = root + "/data"
        store = data + "/articles.jsonl"
        processed = data + "/processed"
        rejected = data + "/rejected"
        // Readable by others: a daemon may run as `nobody`.
        guard chmod(root, 0o755) == 0 else { throw IntegrationTestError("chmod \(root) failed: errno \(errno)") }
        for folder in [inbox, staging, data] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// A fresh path prefix in the test folder for a process's output files.
    func nextOutputPrefix(_ name: String) -> String {
        outputs += 1
        return root + "/\(name)-\(outputs)"
    }

    // MARK: Dropping files

    /// Writes `contents` to the staging folder under `name` and returns its path.
    @discardableResult
    func stage(_ contents: Data, as name: String) throws -> String {
        let path = staging + "/" + name
        try write(contents, to: path)
        return path
    }

    /// Writes `contents` in the staging folder, then renames it to `relative` in the inbox:
    /// the file appears there whole, at once.
    func drop(_ contents: Data, as relative: String) throws {
        let staged = try stage(contents, as: UUID().uuidString)
        try rename(staged, to: inbox + "/" + relative)
    }

    /// Renames `path` (on this file system) to `destination`.
    func rename(_ path: String, to destination: String) throws {
        guard Glibc.rename(path, destination) == 0 else {
            throw IntegrationTestError("rename \(path) → \(destination) failed: \(String(cString: strerror(errno)))")
        }
    }

    /// Writes `contents` to `path` (created or truncated) in place: one `open`, the writes,
    /// one `close`, and no temporary file beside it.
    func write(_ contents: Data, to path: String, mode: mode_t = 0o644) throws {
        let file = try OpenFile(creating: path, mode: mode)
        try file.write(contents)
        try file.close()
    }

    /// Writes articles `1...count` of `factory` to the staging folder as `article-00001.txt`, …;
    /// returns their names, ready for ``dropStaged(_:)``.
    func stageArticles(_ count: Int, from factory: ArticleFactory) throws -> [String] {
        try (1...count).map { number in
            let name = "article-" + String(format: "%05d", number) + ".txt"
            try stage(factory.article(number).data, as: name)
            return name
        }
    }

    /// Renames staged files into the inbox, one right after the other: a burst.
    func dropStaged(_ names: [String]) throws {
        for name in names { try rename(staging + "/" + name, to: inbox + "/" + name) }
    }

    // MARK: Reading back

    /// Paths relative to the inbox of everything in it but folders, sorted.
    var inboxFiles: [String] { Self.files(under: inbox) }

    /// Paths relative to `processed/` of the inputs moved there, sorted.
    var processedFiles: [String] { Self.files(under: processed) }

    /// Paths relative to `rejected/` of the rejected inputs (not their reasons), sorted.
    var rejectedFiles: [String] { Self.files(under: rejected).filter { !$0.hasSuffix(".reason.json") } }

    /// Every line of the store, parsed.
    func records() throws -> [StoredRecord] {
        try StoredRecord.readStore(at: store)
    }

    /// The number of complete lines in the store (cheap enough to poll).
    var storedLineCount: Int { StoredRecord.lineCount(at: store) }

    /// The reason ingestd wrote beside a rejected input (`relative` to `rejected/`).
    func reason(forRejected relative: String) throws -> RejectionReason {
        try RejectionReason(path: rejected + "/" + relative + ".reason.json")
    }

    /// Everything under `directory` but folders (symlinks, FIFOs included), relative to it.
    static func files(under directory: String) -> [String] {
        var found: [String] = []
        var pending = [""]
        while let folder = pending.popLast() {
            let absolute = folder.isEmpty ? directory : directory + "/" + folder
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: absolute) else { continue }
            for name in names {
                let relative = folder.isEmpty ? name : folder + "/" + name
                var status = stat()
                guard lstat(directory + "/" + relative, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFDIR {
                    pending.append(relative)
                } else {
                    found.append(relative)
                }
            }
        }
        return found.sorted()
    }
}
