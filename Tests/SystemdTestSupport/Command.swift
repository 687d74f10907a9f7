import Foundation
import Synchronization

/// Runs a command to its end and returns its status and output, never hanging a test: the command runs under
/// coreutils `timeout`, which kills it (status 124, or 137 after the grace period) once `timeout` passes.
///
/// The fixtures and tests drive journalctl, systemctl, start-stop-daemon and systemd-analyze; a stuck one must fail
/// its test, not stall the whole test process. Commands must not leave a process behind that still holds the
/// output pipes (a daemon started with `sh -c '… &'` would keep the read below from ever seeing the end): daemons
/// are started with ``DetachedDaemon``, which puts their stdio on /dev/null and closes the rest.
public enum Command {
    /// Runs `executable` with `arguments` (and `environment`, else this process's) and waits for it, at most
    /// `timeout` (whole seconds) plus a 5 s grace period.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
        timeout: Duration = .seconds(30)
    ) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["--kill-after=5", "\(timeout.components.seconds)", executable] + arguments
        if let environment { process.environment = environment }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()

        // Both pipes are drained at once: a command filling one while this reads the other would otherwise stall.
        let errorData = DataBox()
        let errorsRead = DispatchSemaphore(value: 0)
        let errorHandle = errors.fileHandleForReading
        DispatchQueue.global().async {
            errorData.set(errorHandle.readDataToEndOfFile())
            errorsRead.signal()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        errorsRead.wait()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus,
            stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData.get(), as: UTF8.self))
    }

    /// Hands the bytes read on another thread back to the caller.
    private final class DataBox: Sendable {
        private let data = Mutex(Data())

        func set(_ value: Data) { data.withLock { $0 = value } }
        func get() -> Data { data.withLock { $0 } }
    }
}
