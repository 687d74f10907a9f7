import Foundation
import Glibc

/// A file open for writing through plain system calls, so a test controls exactly when the
/// kernel sees it opened, written and closed (and so when inotify reports `IN_CLOSE_WRITE`).
final class OpenFile {
    let path: String
    private var descriptor: Int32

    /// Creates (or truncates) `path` and opens it for writing.
    init(creating path: String, mode: mode_t = 0o644) throws {
        self.path = path
        descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            throw IntegrationTestError("cannot create \(path): \(String(cString: strerror(errno)))")
        }
    }

    deinit {
        if descriptor >= 0 { _ = Glibc.close(descriptor) }
    }

    /// Writes every byte of `contents`.
    func write(_ contents: Data) throws {
        try contents.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else {
                    throw IntegrationTestError("write to \(path) failed: \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
    }

    func close() throws {
        let result = Glibc.close(descriptor)
        descriptor = -1
        guard result == 0 else {
            throw IntegrationTestError("close \(path) failed: \(String(cString: strerror(errno)))")
        }
    }
}
