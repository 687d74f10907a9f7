import Glibc
import IngestSystem
import SystemPackage

/// The exclusive lock that keeps two ingestd processes from writing one store.
///
/// A `flock` on `<store>.lock`, which also holds the owner's pid so that the loser can name
/// it. The lock file is never removed: the lock, not the file, is what counts, and the kernel
/// drops it when its holder exits, however it exits.
struct StoreLock: ~Copyable {
    let path: String
    private let descriptor: FileDescriptor

    init(store: String) throws(StoreError) {
        let path = store + ".lock"
        self.path = path
        let descriptor: FileDescriptor
        do {
            let raw = try Syscall.retrying("open", path: path) {
                Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            }
            descriptor = FileDescriptor(rawValue: raw)
        } catch {
            throw .unavailable(store: store, error)
        }
        let acquired: Bool
        do {
            acquired = try Syscall.tryLockExclusive(descriptor, path: path)
        } catch {
            try? descriptor.close()
            throw .unavailable(store: store, error)
        }
        guard acquired else {
            let holder = StoreLock.describeHolder(descriptor)
            try? descriptor.close()
            throw .locked(store: store, holder: holder)
        }
        // The pid is only for the message another process prints: failing to write it is harmless.
        try? Syscall.truncate(descriptor, size: 0, path: path)
        _ = try? descriptor.writeAll(toAbsoluteOffset: 0, "\(getpid())\n".utf8)
        self.descriptor = descriptor
    }

    deinit {
        try? descriptor.close()
    }

    /// "process 1234 (ingestd run --inbox …)" from the pid the holder wrote.
    private static func describeHolder(_ descriptor: FileDescriptor) -> String {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = (try? buffer.withUnsafeMutableBytes { try descriptor.read(fromAbsoluteOffset: 0, into: $0) }) ?? 0
        let text = String(decoding: buffer.prefix(count), as: UTF8.self)
        guard let pid = Int(text.split(separator: "\n").first ?? "") else { return "another process" }
        guard let command = processCommandLine(pid) else { return "process \(pid)" }
        return "process \(pid) (\(command))"
    }

    private static func processCommandLine(_ pid: Int) -> String? {
        let path = "/proc/\(pid)/cmdline"
        guard case .contents(let bytes)? = try? BoundedFileReader.read(path, limit: 4096) else { return nil }
        let words = bytes.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
