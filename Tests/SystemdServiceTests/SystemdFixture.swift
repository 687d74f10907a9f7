import Foundation
import Glibc
import Synchronization

/// A real systemd-journald and a real `systemd --user` service manager for the tests, started if not running.
///
/// These machines do not boot with systemd (PID 1 is something else; see /work/shared/notes/systemd-here.md), but
/// systemd 252 is installed and its pieces run when started by hand, as root. The first test that needs them
/// starts journald unless one already listens on `/run/systemd/journal/socket`, and a user manager for root unless
/// `systemctl --user is-system-running` already answers; running ones are reused, never replaced, and a lock file
/// for each keeps two test processes from both starting one. Both are started through
/// `start-stop-daemon --background`, which detaches them (new session, stdio on /dev/null, other descriptors
/// closed): a daemon that kept a pipe inherited from this process would hang `swift test`. What this process
/// started it stops (by PID, SIGTERM) when it exits; what was running before is left running.
enum SystemdFixture {
    static let journalSocket = "/run/systemd/journal/socket"
    /// `XDG_RUNTIME_DIR` of uid 0: where the user manager keeps its private and notify sockets.
    static let runtimeDirectory = "/run/user/0"

    private static let journaldPath = "/lib/systemd/systemd-journald"
    private static let managerPath = "/lib/systemd/systemd"
    /// The same lock the SystemdJournalTests' fixture takes before starting journald.
    private static let journaldLock = "/run/ingestd-test-journald.lock"
    private static let managerLock = "/run/ingestd-test-systemd-user.lock"
    private static let journaldPIDFile = "/run/ingestd-test-journald.pid"
    private static let managerPIDFile = "/run/ingestd-test-systemd-user.pid"

    /// Evaluated once per test process (static lets are initialized once, thread-safely).
    private static let started: Result<Started, ServiceTestError> = startIfNeeded()
    /// The processes this test process started, with their PID files, manager first: stopped at exit.
    private static let startedHere = Mutex<[(pid: pid_t, pidFile: String)]>([])

    /// What ``startIfNeeded()`` found or did.
    struct Started: Sendable {
        /// Whether this process started the manager (with `--log-target=journal`, so its own lines, such as
        /// "Watchdog timeout", reach the journal; a manager started elsewhere may log to a console nobody reads).
        let startedManager: Bool
    }

    /// Makes sure journald and the user manager are running; throws (failing the test) if they cannot be started.
    @discardableResult
    static func ensureRunning() throws -> Started {
        try started.get()
    }

    /// The environment for `systemctl --user`: this process's, with the user manager's runtime directory and
    /// without a session bus address that would lead systemctl elsewhere.
    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_RUNTIME_DIR"] = runtimeDirectory
        environment["DBUS_SESSION_BUS_ADDRESS"] = nil
        return environment
    }

    private static func startIfNeeded() -> Result<Started, ServiceTestError> {
        guard getuid() == 0 else {
            return .failure(ServiceTestError("these tests start journald and systemd --user, which needs root"))
        }
        do {
            try withLock(journaldLock) { try startJournaldIfNeeded() }
            // "Booted with systemd" for the manager (else it refuses to run), and its runtime directory.
            try FileManager.default.createDirectory(atPath: "/run/systemd/system", withIntermediateDirectories: true)
            if !FileManager.default.fileExists(atPath: runtimeDirectory) {
                try FileManager.default.createDirectory(
                    atPath: runtimeDirectory, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            }
            let startedManager = try withLock(managerLock) { try startManagerIfNeeded() }
            return .success(Started(startedManager: startedManager))
        } catch let error as ServiceTestError {
            return .failure(error)
        } catch {
            return .failure(ServiceTestError("starting journald or systemd --user failed: \(error)"))
        }
    }

    private static func startJournaldIfNeeded() throws {
        if SocketProbe.isListening(at: journalSocket) { return }
        let pid = try startDaemon(journaldPath, arguments: [], pidFile: journaldPIDFile)
        try waitUntil("journald listens on \(journalSocket)", timeout: .seconds(10)) {
            SocketProbe.isListening(at: journalSocket)
        }
        remember(pid, pidFile: journaldPIDFile)
    }

    /// Returns whether it started one.
    private static func startManagerIfNeeded() throws -> Bool {
        switch managerState() {
        case "running", "degraded": return false
        case "offline", "unknown", "": break
        default:  // starting, initializing, …: one is there; wait for it below
            try waitForManager()
            return false
        }
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        // A small, fixed environment: the manager hands its own to every unit it starts.
        let environment = [
            "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOME": home, "LANG": "C.UTF-8",
            "XDG_RUNTIME_DIR": runtimeDirectory,
        ]
        // --log-target=journal: with "auto" and stderr on /dev/null the manager's own lines would be lost.
        let pid = try startDaemon(
            managerPath, arguments: ["--user", "--log-target=journal"], pidFile: managerPIDFile,
            environment: environment)
        remember(pid, pidFile: managerPIDFile)
        try waitForManager()
        return true
    }

    /// `systemctl --user is-system-running`: "running", "degraded", "starting", …, or "offline" when no manager
    /// answers.
    private static func managerState() -> String {
        let result = try? Systemctl.user(["is-system-running"], timeout: .seconds(5))
        return result?.stdout.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    private static func waitForManager() throws {
        try waitUntil("systemctl --user is-system-running says running or degraded", timeout: .seconds(15)) {
            ["running", "degraded"].contains(managerState())
        }
    }

    /// Starts `executable` detached, through start-stop-daemon, and returns its PID. Fails if one started from the
    /// same executable with the same PID file still runs.
    private static func startDaemon(
        _ executable: String, arguments: [String], pidFile: String, environment: [String: String]? = nil
    ) throws -> pid_t {
        let result = try Command.run(
            "/sbin/start-stop-daemon",
            ["--start", "--quiet", "--background", "--make-pidfile", "--pidfile", pidFile, "--exec", executable, "--"]
                + arguments, environment: environment, timeout: .seconds(10))
        guard result.status == 0 else {
            throw ServiceTestError(
                "start-stop-daemon could not start \(executable) (status \(result.status)): \(result.diagnostic)")
        }
        guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
            let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
        else { throw ServiceTestError("start-stop-daemon started \(executable) but left no PID in \(pidFile)") }
        return pid
    }

    private static func remember(_ pid: pid_t, pidFile: String) {
        let first = startedHere.withLock { started in
            started.insert((pid, pidFile), at: 0)  // stopped in reverse order: the manager before journald
            return started.count == 1
        }
        if first { atexit { SystemdFixture.stopStartedProcesses() } }
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

    private static func waitUntil(_ what: String, timeout: Duration, _ condition: () -> Bool) throws {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            guard ContinuousClock.now < deadline else { throw ServiceTestError("timed out after \(timeout): \(what)") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Runs `body` holding an exclusive `flock(2)` on `path`, so that two test processes do not both start a daemon.
    private static func withLock<T>(_ path: String, _ body: () throws -> T) throws -> T {
        let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw ServiceTestError("cannot open lock file \(path): errno \(errno)") }
        defer { close(descriptor) }  // closing releases the lock
        guard flock(descriptor, LOCK_EX) == 0 else { throw ServiceTestError("cannot lock \(path): errno \(errno)") }
        return try body()
    }
}
