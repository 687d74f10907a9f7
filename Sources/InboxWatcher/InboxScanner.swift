import Glibc
import IngestSystem
import SystemPackage

/// Walks the inbox tree: every directory to watch, every file to ingest.
///
/// Never follows a symlink: a link is reported as an entry (the daemon rejects it), never
/// descended into, so nothing outside the inbox is ever reached.
public enum InboxScanner {
    public struct Entry: Equatable, Sendable {
        /// Path relative to the inbox.
        public var path: String
        /// Last modification, seconds since the epoch.
        public var modified: Double
    }

    public struct Result: Sendable {
        public var entries: [Entry] = []
        /// Directories that could not be listed, with why.
        public var failures: [SystemCallError] = []
    }

    /// Scans `folder` (relative to `root`, "" for the root itself) and everything under it.
    ///
    /// - Parameter willList: called with each directory just before it is listed, so that a
    ///   watcher can watch it first: a file that lands after the listing is then an event.
    public static func scan(root: String, folder: String = "", willList: (String) -> Void = { _ in }) -> Result {
        var result = Result()
        var pending = [folder]
        while let current = pending.popLast() {
            willList(current)
            let absolute = current.isEmpty ? root : root + "/" + current
            let names: [String]
            do {
                names = try Syscall.directoryEntries(absolute)
            } catch {
                if error.errno != .noSuchFileOrDirectory { result.failures.append(error) }
                continue
            }
            for name in names.sorted() where !InboxNames.isIgnored(name) {
                let relative = InboxNames.join(current, name)
                guard let status = try? Syscall.linkStatus(root + "/" + relative) else { continue }
                if status.kind == .directory {
                    if !InboxNames.isPageAssetsFolder(name) { pending.append(relative) }
                } else {
                    result.entries.append(Entry(path: relative, modified: status.modified))
                }
            }
        }
        return result
    }
}
