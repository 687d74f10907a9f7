import CIngestLinux
import Glibc
import SystemPackage

/// The one door through which ingestd makes the system calls swift-system does not wrap.
///
/// Every call retries `EINTR` and throws a ``SystemCallError`` naming the call and the path.
public enum Syscall {
    /// Runs `body` until it stops failing with `EINTR`; a result of -1 becomes a thrown error.
    /// Inlinable, so that each call site gets it for its own integer type: an unspecialized
    /// generic compares the result through protocol witnesses at every system call.
    @inlinable
    @discardableResult
    public static func retrying<Result: BinaryInteger>(
        _ call: String,
        path: String? = nil,
        _ body: () -> Result
    ) throws(SystemCallError) -> Result {
        while true {
            let result = body()
            if result != -1 { return result }
            let code = Glibc.errno
            if code == EINTR { continue }
            throw SystemCallError(call: call, path: path, errno: Errno(rawValue: code))
        }
    }

    /// Flushes a file's data and metadata to stable storage.
    public static func fsync(_ fd: FileDescriptor, path: String) throws(SystemCallError) {
        try retrying("fsync", path: path) { Glibc.fsync(fd.rawValue) }
    }

    /// Makes a directory's entries (a created, renamed or removed name) durable.
    public static func fsyncDirectory(_ path: String) throws(SystemCallError) {
        let fd = try retrying("open", path: path) { Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        defer { _ = Glibc.close(fd) }
        try retrying("fsync", path: path) { Glibc.fsync(fd) }
    }

    /// Writes every byte, however many `write` calls that takes.
    public static func writeAll(_ fd: FileDescriptor, _ bytes: [UInt8], path: String) throws(SystemCallError) {
        do {
            _ = try fd.writeAll(bytes)
        } catch {
            throw SystemCallError(call: "write", path: path, error: error)
        }
    }

    /// Cuts a file to `size` bytes.
    public static func truncate(_ fd: FileDescriptor, size: Int64, path: String) throws(SystemCallError) {
        try retrying("ftruncate", path: path) { Glibc.ftruncate(fd.rawValue, off_t(size)) }
    }

    /// Takes an exclusive advisory lock without waiting; returns `false` if another holds it.
    public static func tryLockExclusive(_ fd: FileDescriptor, path: String) throws(SystemCallError) -> Bool {
        do {
            try retrying("flock", path: path) { cingest_lock_exclusive_nonblocking(fd.rawValue) }
            return true
        } catch  where error.errno == .wouldBlock {
            return false
        }
    }

    /// The status of `path` itself: a symlink is described, never followed.
    public static func linkStatus(_ path: String) throws(SystemCallError) -> FileStatus {
        var info = Glibc.stat()
        try retrying("lstat", path: path) { Glibc.lstat(path, &info) }
        return FileStatus(info)
    }

    /// The status of an open file.
    public static func status(_ fd: FileDescriptor, path: String) throws(SystemCallError) -> FileStatus {
        var info = Glibc.stat()
        try retrying("fstat", path: path) { Glibc.fstat(fd.rawValue, &info) }
        return FileStatus(info)
    }

    /// Creates a directory; an existing one is fine.
    public static func makeDirectory(_ path: String, mode: mode_t = 0o755) throws(SystemCallError) {
        do {
            try retrying("mkdir", path: path) { Glibc.mkdir(path, mode) }
        } catch  where error.errno == .fileExists {
            return
        }
    }

    /// Sets a file's permission bits exactly, whatever the umask.
    public static func changeMode(_ path: String, to mode: UInt32) throws(SystemCallError) {
        try retrying("chmod", path: path) { Glibc.chmod(path, mode_t(mode)) }
    }

    /// Creates a directory and every missing parent.
    public static func makeDirectories(_ path: String, mode: mode_t = 0o755) throws(SystemCallError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            try makeDirectory(prefix, mode: mode)
            prefix += "/"
        }
    }

    /// Renames `source` to `destination` only if `destination` does not exist.
    ///
    /// Returns `false` when the name is taken. Where the file system has no `RENAME_NOREPLACE`,
    /// falls back to `link` + `unlink`, which is just as safe for regular files.
    public static func moveNoReplace(_ source: String, to destination: String) throws(SystemCallError) -> Bool {
        do {
            try retrying("renameat2", path: source) {
                cingest_rename_noreplace(AT_FDCWD, source, AT_FDCWD, destination)
            }
            return true
        } catch  where error.errno == .fileExists {
            return false
        } catch  where error.errno == .invalidArgument || error.errno == .notSupported {
            do {
                try retrying("link", path: source) { Glibc.link(source, destination) }
            } catch  where error.errno == .fileExists {
                return false
            }
            try retrying("unlink", path: source) { Glibc.unlink(source) }
            return true
        }
    }

    /// `O_NOATIME`: open without updating the access time (the file's owner or root only).
    public static let openFlagNoAccessTime = cingest_open_flag_noatime()

    /// Names the calling thread as `top -H`, `ps -L`, `perf` and `/proc/PID/task/*/comm` show it,
    /// so that an operator can tell which of the daemon's threads is busy. The kernel keeps the
    /// first 15 bytes (give ASCII). Best effort: a thread that cannot be named works on unnamed.
    ///
    /// Foundation's `Thread.name`, set before `start()`, does not reach the kernel on Linux.
    public static func nameCurrentThread(_ name: String) {
        _ = cingest_name_this_thread(name)
    }

    /// The names in a directory, without `.` and `..`.
    public static func directoryEntries(_ path: String) throws(SystemCallError) -> [String] {
        guard let dir = Glibc.opendir(path) else {
            throw SystemCallError(call: "opendir", path: path, errno: Errno(rawValue: Glibc.errno))
        }
        defer { Glibc.closedir(dir) }
        var names: [String] = []
        while let entry = Glibc.readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The file system's magic number (statfs `f_type`) for `path`.
    public static func fileSystemMagic(_ path: String) throws(SystemCallError) -> Int {
        Int(try retrying("statfs", path: path) { cingest_filesystem_magic(path) })
    }
}
