import Foundation
import Glibc

/// A process a test started: its standard output and error go to files, it is waited for
/// without blocking a thread, and it is killed when the test lets go of it, so that none
/// outlives its test.
final class ChildProcess {
    /// How a process ended.
    enum Exit: Equatable, CustomStringConvertible {
        /// It exited with this status.
        case status(Int32)
        /// A signal ended it.
        case signal(Int32)

        var description: String {
            switch self {
            case .status(let code): "exit status \(code)"
            case .signal(let number): "signal \(number)"
            }
        }
    }

    let stdoutPath: String
    let stderrPath: String
    private let process = Process()

    /// Starts `executable` in `directory`; its output goes to `<outputPrefix>.stdout` and `.stderr`.
    init(executable: String, arguments: [String], directory: String, outputPrefix: String) throws {
        stdoutPath = outputPrefix + ".stdout"
        stderrPath = outputPrefix + ".stderr"
        let output = try Self.createOutputFile(stdoutPath)
        let error = try Self.createOutputFile(stderrPath)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = IngestdBinary.environment
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = error
        try process.run()
    }

    deinit {
        kill()
    }

    var pid: Int32 { process.processIdentifier }

    var isRunning: Bool { process.isRunning }

    /// Everything written to standard output so far.
    var stdout: String { Self.contents(of: stdoutPath) }

    /// Everything written to standard error so far (the daemon's log).
    var stderr: String { Self.contents(of: stderrPath) }

    /// Sends `signal` if the process still runs.
    func send(_ signal: Int32) {
        if process.isRunning { _ = Glibc.kill(process.processIdentifier, signal) }
    }

    /// SIGKILL, if it still runs.
    func kill() {
        send(SIGKILL)
    }

    /// How it ended, once it has; `nil` if it still runs after `timeout`.
    func waitForExit(timeout: Duration) async -> Exit? {
        guard await waitUntil(timeout: timeout, { !process.isRunning }) else { return nil }
        return process.terminationReason == .uncaughtSignal
            ? .signal(process.terminationStatus) : .status(process.terminationStatus)
    }

    private static func createOutputFile(_ path: String) throws -> FileHandle {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw IntegrationTestError("cannot create \(path)") }
        return handle
    }

    private static func contents(of path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}
