import Foundation
import Glibc
import SystemdTestSupport

/// A real `systemd --user` service manager for the tests (and the real journald it logs to), started if not running.
///
/// These machines do not boot with systemd (PID 1 is something else; see /work/shared/notes/systemd-here.md), but
/// systemd 252 is installed and its pieces run when started by hand, as root. The first test that needs them has
/// ``Journald`` make sure journald runs, and starts a user manager for root unless
/// `systemctl --user is-system-running` already answers; a running one is reused, never replaced, and a lock file
/// keeps two test processes from both starting one. It is started through ``DetachedDaemon``, which stops it (before
/// a journald started here) when this process exits; one that was running before is left running.
enum SystemdFixture {
    /// `XDG_RUNTIME_DIR` of uid 0: where the user manager keeps its private and notify sockets.
    static let runtimeDirectory = "/run/user/0"

    private static let managerPath = "/lib/systemd/systemd"
    private static let managerLock = "/run/ingestd-test-systemd-user.lock"
    private static let managerPIDFile = "/run/ingestd-test-systemd-user.pid"

    /// Evaluated once per test process (static lets are initialized once, thread-safely).
    private static let started: Result<Started, SystemdTestError> = startIfNeeded()

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

    private static func startIfNeeded() -> Result<Started, SystemdTestError> {
        guard getuid() == 0 else {
            return .failure(SystemdTestError("these tests start journald and systemd --user, which needs root"))
        }
        do {
            try Journald.ensureRunning()
            // "Booted with systemd" for the manager (else it refuses to run), and its runtime directory.
            try FileManager.default.createDirectory(atPath: "/run/systemd/system", withIntermediateDirectories: true)
            if !FileManager.default.fileExists(atPath: runtimeDirectory) {
                try FileManager.default.createDirectory(
                    atPath: runtimeDirectory, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            }
            let startedManager = try DetachedDaemon.withLock(managerLock) { try startManagerIfNeeded() }
            return .success(Started(startedManager: startedManager))
        } catch let error as SystemdTestError {
            return .failure(error)
        } catch {
            return .failure(SystemdTestError("starting journald or systemd --user failed: \(error)"))
        }
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
        try DetachedDaemon.start(
            managerPath, arguments: ["--user", "--log-target=journal"], pidFile: managerPIDFile,
            environment: environment)
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
        try DetachedDaemon.waitUntil(
            "systemctl --user is-system-running says running or degraded", timeout: .seconds(15)
        ) {
            ["running", "degraded"].contains(managerState())
        }
    }
}
