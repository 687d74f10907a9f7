import Glibc

/// Why the bench could not measure something, said so that the operator knows what to check.
struct BenchError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    /// A failed system call on `path`, with the errno's text.
    static func system(_ call: String, _ path: String, errno code: Int32) -> BenchError {
        BenchError("\(call) \(path) failed: \(String(cString: strerror(code))) (errno \(code))")
    }
}
