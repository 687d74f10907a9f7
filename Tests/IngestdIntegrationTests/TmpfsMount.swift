import Glibc

/// A small tmpfs mounted for one test, to make the disk fill up on purpose: writes past its
/// size fail with `ENOSPC`. Needs root.
struct TmpfsMount {
    let path: String

    /// Mounts a tmpfs of `size` (e.g. "16k") on `path`, which must exist.
    init(at path: String, size: String) throws {
        guard mount("tmpfs", path, "tmpfs", 0, "size=" + size) == 0 else {
            throw IntegrationTestError("mount tmpfs on \(path) failed: \(String(cString: strerror(errno)))")
        }
        self.path = path
    }

    /// Changes its size in place, keeping its files.
    func resize(to size: String) throws {
        guard mount("tmpfs", path, "tmpfs", UInt(MS_REMOUNT), "size=" + size) == 0 else {
            throw IntegrationTestError("remount \(path) failed: \(String(cString: strerror(errno)))")
        }
    }

    /// Detaches it, even while a (killed) process may still hold a file open there.
    func unmount() {
        _ = umount2(path, Int32(MNT_DETACH))
    }
}
