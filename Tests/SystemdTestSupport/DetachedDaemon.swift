import Foundation
import Glibc
import Synchronization

/// Starts the daemons the tests need (journald, `systemd --user`) detached from the test process, and stops the ones
/// it started when that process exits.
///
/// These machines do not boot with systemd, so tests start its pieces by hand, as root. They go through
/// `start-stop-daemon --background`, which detaches them (new session, stdio on /dev/null, other descriptors
/// closed): a daemon that kept a pipe inherited from this process would hang `swift test`. What this process
/// started it stops (by PID, SIGTERM, the last started first) when it exits; what was running before is left
/// running. Callers hold a ``withLock(_:_:)`` lock while they look for a running daemon and start one, so that two
/// test processes do not both start one.
public enum DetachedDaemon {
    /// The processes this test process started, with their PID files, the last started first: stopped at exit.
    private static let startedHere = Mutex<[(pid: pid_t, pidFile: String)]>([])

    /// Starts `executable` detached and returns its PID, which is stopped when this process exits. Fails if one
    /// started from the same executable with the same PID file still runs.
    @discardableResult
    public static func start(
        _ executable: String, arguments: [String], pidFile: String, environment: [String: String]? = nil
    ) throws -> pid_t {
        let result = try Command.run(
            "/sbin/start-stop-daemon",
            ["--start", "--quiet", "--background", "--make-pidfile", "--pidfile", pidFile, "--exec", executable, "--"]
                + arguments, environment: environment, timeout: .seconds(10))
        guard result.status == 0 else {
            throw SystemdTestError(
                "start-stop-daemon could not start \(executable) (status \(result.status)): \(result.diagnostic)")
        }
        guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
            let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
        else { throw SystemdTestError("start-stop-daemon started \(executable) but left no PID in \(pidFile)") }
        remember(pid, pidFile: pidFile)
        return pid
    }

    /// Runs `body` holding an exclusive `flock(2)` on `path`, so that two test processes do not both start a daemon.
    public static func withLock<T>(_ path: String, _ body: () throws -> T) throws -> T {
        let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw SystemdTestError("cannot open lock file \(path): errno \(errno)") }
        defer { close(descriptor) }  // closing releases the lock
        guard flock(descriptor, LOCK_EX) == 0 else { throw SystemdTestError("cannot lock \(path): errno \(errno)") }
        return try body()
    }

    /// Polls `condition` every 50 ms until it holds; throws, naming `what`, once `timeout` passes.
    public static func waitUntil(_ what: String, timeout: Duration, _ condition: () -> Bool) throws {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            guard ContinuousClock.now < deadline else { throw SystemdTestError("timed out after \(timeout): \(what)") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    private static func remember(_ pid: pid_t, pidFile: String) {
        let first = startedHere.withLock { started in
            started.insert((pid, pidFile), at: 0)  // stopped in reverse order: the manager before journald
            return started.count == 1
        }
        if first { atexit { DetachedDaemon.stopStartedProcesses() } }
    }

    /// At exit: SIGTERM to each process this test process started, waiting up to 5 s for each to go.
    private static func stopStartedProcesses() {
        for (pid, pidFile) in startedHere.withLock({ $0 }) {
            unlink(pidFile)
            guard kill(pid, SIGTERM) == 0 else { continue }
            let deadline = ContinuousClock.now + .seconds(5)
            while kill(pid, 0) == 0 && ContinuousClock.now < deadline { usleep(50_000) }
        }
    }
}
