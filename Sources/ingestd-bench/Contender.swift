import Foundation
import Glibc

/// A program the bench measures: ingestd; the peer (the watchdog script a user would
/// otherwise write); and `bare-ingest`, the peer's job done natively without parsing, which
/// tells what the mechanics alone cost here. All get the same folders and are judged by the
/// same watcher.
enum Contender: String, Codable, Sendable, CaseIterable {
    case ingestd
    case peer
    case bare
}

/// Starts a ``Contender`` on a session's folders and waits until it is ready: ingestd's
/// `READY=1` on the bench's own notify socket, the others' `READY` line on their standard output.
struct ContenderLauncher {
    let ingestd: String
    /// The `bare-ingest` executable.
    let bare: String
    /// The virtual environment's Python and the peer script; `nil` when the peer is not run.
    let peer: (python: String, script: String)?
    let notify: NotifySocket
    var readyTimeout: Duration = .seconds(300)

    /// A started, ready program.
    struct Running {
        let contender: Contender
        let process: ChildProcess
        let started: ContinuousClock.Instant
        let ready: ContinuousClock.Instant
        /// Read the moment it said it was ready.
        let statsAtReady: ProcessStats?

        var secondsToReady: Double { (ready - started).seconds }
    }

    /// Starts `contender` on `folder`; `store` overrides the session's store (the restart runs).
    func start(_ contender: Contender, on folder: SessionFolder, store: String? = nil, label: String) throws(BenchError)
        -> Running
    {
        let stdoutPath = folder.logs + "/\(label).stdout"
        let stderrPath = folder.logs + "/\(label).stderr"
        let store = store ?? folder.store
        var environment = Self.cleanEnvironment
        let readyBefore = notify.readyCount
        let started: ContinuousClock.Instant
        let process: ChildProcess
        switch contender {
        case .ingestd:
            environment["NOTIFY_SOCKET"] = notify.path
            started = .now
            process = try ChildProcess(
                executable: ingestd,
                arguments: [
                    "run", "--inbox", folder.inbox, "--store", store, "--processed", folder.processed,
                    "--rejected", folder.rejected, "--settle-time", "0.1s", "--log-target", "stderr",
                ],
                environment: environment, stdoutPath: stdoutPath, stderrPath: stderrPath)
        case .peer:
            guard let peer else { throw BenchError("the peer was asked for but no --python was given") }
            environment["PYTHONUNBUFFERED"] = "1"
            started = .now
            process = try ChildProcess(
                executable: peer.python,
                arguments: [
                    peer.script, "--inbox", folder.inbox, "--store", store, "--processed", folder.processed,
                ],
                environment: environment, stdoutPath: stdoutPath, stderrPath: stderrPath)
        case .bare:
            started = .now
            process = try ChildProcess(
                executable: bare,
                arguments: ["--inbox", folder.inbox, "--store", store, "--processed", folder.processed],
                environment: environment, stdoutPath: stdoutPath, stderrPath: stderrPath)
        }
        let deadline = ContinuousClock.now + readyTimeout
        let ready: ContinuousClock.Instant?
        switch contender {
        case .ingestd:
            ready = notify.waitForReady(after: readyBefore, until: deadline) { !process.isRunning }
        case .peer, .bare:
            ready = Self.waitForLine("READY", in: stdoutPath, until: deadline) { !process.isRunning }
        }
        let stats = ProcessStats.read(pid: process.pid)
        guard let ready else {
            let why = process.isRunning ? "it did not say it was ready within \(readyTimeout)" : "it exited"
            process.stop(timeout: .seconds(10))
            throw BenchError(
                "\(contender.rawValue) (\(process.executable)) did not become ready: \(why). Its log (\(stderrPath)) ends:\n\(process.stderrTail())"
            )
        }
        return Running(contender: contender, process: process, started: started, ready: ready, statsAtReady: stats)
    }

    /// This process's environment without what would redirect a contender (INGESTD_* settings,
    /// a service manager's sockets).
    static var cleanEnvironment: [String: String] {
        ProcessInfo.processInfo.environment.filter { key, _ in
            !key.hasPrefix("INGESTD_")
                && !["NOTIFY_SOCKET", "JOURNAL_STREAM", "WATCHDOG_USEC", "WATCHDOG_PID", "LISTEN_FDS", "LISTEN_PID"]
                    .contains(key)
        }
    }

    private static func waitForLine(
        _ line: String, in path: String, until deadline: ContinuousClock.Instant, gaveUp: () -> Bool
    ) -> ContinuousClock.Instant? {
        while ContinuousClock.now < deadline {
            if let bytes = try? Files.read(path),
                String(decoding: bytes, as: UTF8.self).split(separator: "\n").contains(Substring(line))
            {
                return .now
            }
            if gaveUp() { return nil }
            usleep(2_000)
        }
        return nil
    }
}
