import Foundation
import Glibc

/// The few file operations the bench does, straight on the system calls, so that staging and
/// dropping thousands of files costs as little as it can and every failure names its path.
enum Files {
    /// Creates (or replaces) `path` with `bytes`.
    static func write(_ path: String, _ bytes: [UInt8]) throws(BenchError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .system("open", path, errno: errno) }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .system("write", path, errno: errno)
            }
            written += count
        }
    }

    /// The whole of `path` (also for `/proc` files, whose size reads as 0).
    static func read(_ path: String) throws(BenchError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .system("open", path, errno: errno) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .system("read", path, errno: errno)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    static func rename(_ source: String, to destination: String) throws(BenchError) {
        guard Glibc.rename(source, destination) == 0 else { throw .system("rename", source, errno: errno) }
    }

    /// A second name for `source`: staging a file again costs no copy.
    static func link(_ source: String, to destination: String) throws(BenchError) {
        guard Glibc.link(source, destination) == 0 else { throw .system("link", destination, errno: errno) }
    }

    static func makeDirectories(_ path: String) throws(BenchError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw BenchError("cannot create the folder \(path): \(error)")
        }
    }

    /// Removes `path` and everything below it, if it exists.
    static func remove(_ path: String) throws(BenchError) {
        guard exists(path) else { return }
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            throw BenchError("cannot remove \(path): \(error)")
        }
    }

    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    static func size(_ path: String) -> Int64? {
        var status = stat()
        return stat(path, &status) == 0 ? Int64(status.st_size) : nil
    }

    /// The names in `folder` (not `.` and `..`), unsorted.
    static func names(in folder: String) throws(BenchError) -> [String] {
        guard let directory = opendir(folder) else { throw .system("opendir", folder, errno: errno) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// How many names `folder` holds; 0 if it cannot be read.
    static func count(in folder: String) -> Int {
        (try? names(in: folder).count) ?? 0
    }

    /// An absolute, standardized form of `path`.
    static func absolute(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: joined).standardizedFileURL.path
    }
}
