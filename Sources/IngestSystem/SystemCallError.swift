import SystemPackage

/// A failed system call, carrying the call's name, the path it worked on and the errno, so
/// that an operator's log line says what failed on which file and why.
public struct SystemCallError: Error, Equatable, CustomStringConvertible {
    /// The name of the call, e.g. `"fsync"`.
    public var call: String
    /// The file the call was about, when there is one.
    public var path: String?
    /// What the kernel answered.
    public var errno: Errno

    public init(call: String, path: String?, errno: Errno) {
        self.call = call
        self.path = path
        self.errno = errno
    }

    /// Wraps an error thrown by swift-system (always an `Errno` there).
    public init(call: String, path: String?, error: any Error) {
        self.init(call: call, path: path, errno: (error as? Errno) ?? .ioError)
    }

    public var description: String {
        let subject = path.map { " on \($0)" } ?? ""
        return "\(call)\(subject) failed: \(errno) (errno \(errno.rawValue))"
    }
}
