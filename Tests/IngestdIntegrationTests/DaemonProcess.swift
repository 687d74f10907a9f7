import Foundation
import Glibc

/// A running `ingestd run` on a ``TestInbox``: explicit paths, a short settle time, its log
/// (standard error) kept in a file for assertions. Killed when the test lets go of it.
final class DaemonProcess {
    /// Who the daemon runs as.
    enum User {
        case root
        /// `nobody:nogroup`, no supplementary groups (through `setpriv`).
        case nobody
        /// Root without `CAP_FOWNER` (dropped from the bounding set through `setpriv`), as in
        /// a container or a unit that narrows root's capabilities.
        case rootWithoutFileOwnerCapability
    }

    let inbox: TestInbox
    let child: ChildProcess

    private init(_ inbox: TestInbox, child: ChildProcess) {
        self.inbox = inbox
        self.child = child
    }

    /// Starts a daemon on `inbox` and waits until it logs that it started.
    ///
    /// - Parameters:
    ///   - arguments: more options for `ingestd run`.
    ///   - gate: held shared while the daemon starts; `nil` only for a test that holds it
    ///     exclusively itself.
    static func start(
        _ inbox: TestInbox, arguments: [String] = [], user: User = .root, gate: InotifyLimitGate? = .shared
    ) async throws -> DaemonProcess {
        var command = runArguments(for: inbox) + arguments
        let executable: String
        switch user {
        case .root:
            executable = try IngestdBinary.path()
        case .nobody:
            executable = "/usr/bin/setpriv"
            command =
                [
                    "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                    try await IngestdBinary.pathForNobody(in: inbox),
                ]
                + command
        case .rootWithoutFileOwnerCapability:
            executable = "/usr/bin/setpriv"
            command = ["--bounding-set=-fowner", try IngestdBinary.path()] + command
        }
        await gate?.acquireShared()
        defer { gate?.releaseShared() }
        let daemon = DaemonProcess(
            inbox,
            child: try ChildProcess(
                executable: executable, arguments: command, directory: inbox.root,
                outputPrefix: inbox.nextOutputPrefix("daemon")))
        try await daemon.waitUntilStarted()
        return daemon
    }

    /// `run` with the test folder's paths, a 0.3 s settle time and the log on standard error.
    static func runArguments(for inbox: TestInbox) -> [String] {
        [
            "run", "--inbox", inbox.inbox, "--store", inbox.store, "--processed", inbox.processed,
            "--rejected", inbox.rejected, "--settle-time", "0.3s", "--log-target", "stderr",
        ]
    }

    var pid: Int32 { child.pid }

    var isRunning: Bool { child.isRunning }

    /// The daemon's log so far.
    var log: String { child.stderr }

    /// Lines of the log that contain `text`.
    func logLines(containing text: String) -> [Substring] {
        log.split(separator: "\n").filter { $0.contains(text) }
    }

    /// Waits until the log contains `text` at least `count` times.
    func waitForLog(_ text: String, count: Int = 1, timeout: Duration = .seconds(15)) async -> Bool {
        await waitUntil(timeout: timeout, every: .milliseconds(50)) { log.components(separatedBy: text).count > count }
    }

    /// Sends `signal` (SIGHUP, SIGSTOP, …).
    func send(_ signal: Int32) {
        child.send(signal)
    }

    /// How the daemon ended, once it has; `nil` if it still runs after `timeout`.
    func waitForExit(timeout: Duration = .seconds(15)) async -> ChildProcess.Exit? {
        await child.waitForExit(timeout: timeout)
    }

    /// SIGTERM, then waits for the exit: what a service manager does.
    func stop(timeout: Duration = .seconds(15)) async -> ChildProcess.Exit? {
        child.send(SIGTERM)
        return await child.waitForExit(timeout: timeout)
    }

    /// SIGKILL: a crash, or the end of a test that failed.
    func kill() {
        child.kill()
    }

    private func waitUntilStarted() async throws {
        let started = await waitUntil(timeout: .seconds(30)) { log.contains("started:") || !child.isRunning }
        guard started, child.isRunning else {
            child.kill()
            throw IntegrationTestError(
                "ingestd did not start (\(child.isRunning ? "no \"started:\" within 30 s" : "it exited")); its log:\n\(log)"
            )
        }
    }
}
