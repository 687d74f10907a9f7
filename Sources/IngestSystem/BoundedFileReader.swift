import Glibc
import SystemPackage

/// Reads a dropped file safely: never through a symlink, never blocking on a FIFO or a
/// device, never more than a size limit.
public enum BoundedFileReader {
    /// What reading one path gave.
    public enum Outcome: Equatable, Sendable {
        case contents([UInt8])
        /// The path is a symlink; it was not followed.
        case symlink
        /// The path is a FIFO, socket, device or directory.
        case notRegular(FileStatus.Kind)
        case tooLarge(size: Int64)
        /// The path no longer exists (moved or deleted since it was seen).
        case vanished
    }

    /// - Throws: ``SystemCallError`` for anything else, e.g. `EACCES` or `EIO`.
    public static func read(_ path: String, limit: Int64) throws(SystemCallError) -> Outcome {
        let flags = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC
        let raw: Int32
        do {
            raw = try openWithoutAccessTime(path, flags: flags)
        } catch {
            switch error.errno {
            case .tooManySymbolicLinkLevels: return .symlink
            case .noSuchFileOrDirectory, .notDirectory: return .vanished
            case .noSuchAddressOrDevice: return .notRegular(.fifo)
            default:
                // a FIFO or device may fail to open for other reasons: classify without reading
                if let status = try? Syscall.linkStatus(path), status.kind != .regular {
                    return status.kind == .symlink ? .symlink : .notRegular(status.kind)
                }
                throw error
            }
        }
        let fd = FileDescriptor(rawValue: raw)
        defer { try? fd.close() }
        let status = try Syscall.status(fd, path: path)
        guard status.kind == .regular else { return .notRegular(status.kind) }
        guard status.size <= limit else { return .tooLarge(size: status.size) }
        // Room for one byte more than stat says (to see growth), and at least a page: procfs
        // files claim size 0 and some answer only a read at offset 0.
        let capacity = Int(min(limit + 1, max(status.size + 1, 4096)))
        var bytes = [UInt8](repeating: 0, count: capacity)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard Int64(bytes.count) <= limit else { return .tooLarge(size: Int64(bytes.count)) }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count)))
            }
            let start = filled
            let read = bytes.withUnsafeMutableBytes { buffer in
                Result { try fd.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[start...])) }
            }
            let count: Int
            do {
                count = try read.get()
            } catch {
                throw SystemCallError(call: "read", path: path, error: error)
            }
            if count == 0 { break }
            filled += count
            // At the size stat gave, and so short of the buffer (it holds one byte more): the
            // end of a regular file, so the read that would return 0 to say so is not made (one
            // system call per file). A file that grew before the read fills the buffer and is
            // read on; bytes appended after it are not read, as after the last read they never were.
            if Int64(filled) == status.size { break }
        }
        guard Int64(filled) <= limit else { return .tooLarge(size: Int64(filled)) }
        bytes.removeSubrange(filled...)
        return .contents(bytes)
    }

    /// Opens `path` without updating its access time where that is normally allowed, so that
    /// reading a new file does not also rewrite its inode (on a `relatime` mount, the first read
    /// of a file does).
    ///
    /// The kernel grants `O_NOATIME` to a file's owner and to holders of `CAP_FOWNER`, and
    /// refuses it with `EPERM` otherwise. Only root normally holds it for every file: a
    /// daemon running as its own user (the shipped unit) reads files that other users dropped,
    /// so it opens them plainly rather than being refused once per file. Root without
    /// `CAP_FOWNER` is refused and opens plainly then.
    private static func openWithoutAccessTime(_ path: String, flags: Int32) throws(SystemCallError) -> Int32 {
        if noAccessTimeFlag != 0 {
            do {
                return try Syscall.retrying("open", path: path) { Glibc.open(path, flags | noAccessTimeFlag) }
            } catch {
                guard error.errno == .notPermitted else { throw error }
            }
        }
        return try Syscall.retrying("open", path: path) { Glibc.open(path, flags) }
    }

    /// `O_NOATIME` when running as root, 0 otherwise.
    private static let noAccessTimeFlag: Int32 = geteuid() == 0 ? Syscall.openFlagNoAccessTime : 0
}
