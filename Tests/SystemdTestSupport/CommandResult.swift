import Foundation

/// What a finished ``Command`` left: its exit status and its output, decoded as UTF-8.
///
/// Tests assert on the status and the output, and failure messages quote ``diagnostic``, so all three are kept
/// rather than turning a non-zero status into an error.
public struct CommandResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String

    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }

    /// The output for a failure message: the command's stderr, else its stdout.
    public var diagnostic: String {
        let text = stderr.isEmpty ? stdout : stderr
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
