import Glibc
import IngestSystem
import SystemPackage

/// Creates a small file that must survive a crash (a rejection's reason): exclusive
/// create, write, fsync.
enum DurableWrite {
    static func create(_ path: String, contents: [UInt8]) throws(SystemCallError) {
        let raw = try Syscall.retrying("open", path: path) {
            Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        }
        let descriptor = FileDescriptor(rawValue: raw)
        defer { try? descriptor.close() }
        try Syscall.writeAll(descriptor, contents, path: path)
        try Syscall.fsync(descriptor, path: path)
    }
}
