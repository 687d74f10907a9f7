import Glibc
import SystemPackage

/// Creates a small file that must survive a crash (a rejection's reason, a torn store tail
/// set aside): exclusive create (never over an existing file), write, fsync, and the folder's
/// entry synced too.
public enum DurableFile {
    public static func create(_ path: String, contents: [UInt8]) throws(SystemCallError) {
        let raw = try Syscall.retrying("open", path: path) {
            Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        }
        let descriptor = FileDescriptor(rawValue: raw)
        defer { try? descriptor.close() }
        try Syscall.writeAll(descriptor, contents, path: path)
        try Syscall.fsync(descriptor, path: path)
        let slash = path.lastIndex(of: "/") ?? path.startIndex
        try Syscall.fsyncDirectory(slash == path.startIndex ? "/" : String(path[..<slash]))
    }
}
