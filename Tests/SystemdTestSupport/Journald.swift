import Glibc

/// A real systemd-journald for the tests, started if none is running: once per test process, under a lock shared
/// by every test process, reusing a running one and never starting a second.
///
/// CI machines boot without systemd, so nothing listens on `/run/systemd/journal/socket` until a test starts
/// journald by hand (as root). Both the SystemdJournal tests and the service tests need it, and they run in one
/// test process (and sometimes beside another one), so the decision lives here, once. A socket file left by a
/// journald that died does not count as running: a new journald replaces it. A journald started here is stopped
/// when the test process exits (see ``DetachedDaemon``); one that was already running is left alone.
public enum Journald {
    /// Where journald receives native-protocol entries; something bound here means journald is running.
    public static let socketPath = "/run/systemd/journal/socket"

    private static let executable = "/lib/systemd/systemd-journald"
    /// Held while looking for a running journald and starting one, by every test process that needs journald.
    private static let lockPath = "/run/ingestd-test-journald.lock"
    private static let pidFile = "/run/ingestd-test-journald.pid"

    /// Evaluated once per test process (static lets are initialized once, thread-safely).
    private static let started: Result<Void, SystemdTestError> = startIfNeeded()

    /// Makes sure a journald is listening on ``socketPath``; throws (failing the test) if none could be started.
    public static func ensureRunning() throws {
        try started.get()
    }

    private static func startIfNeeded() -> Result<Void, SystemdTestError> {
        do {
            try DetachedDaemon.withLock(lockPath) {
                if SocketProbe.isListening(at: socketPath) { return }
                guard getuid() == 0 else {
                    throw SystemdTestError("no journald listens on \(socketPath), and starting one needs root")
                }
                // A journald that runs but does not listen yet is waited for, not joined by a second one.
                let status = try Command.run(
                    "/sbin/start-stop-daemon", ["--status", "--exec", executable], timeout: .seconds(10))
                if status.status != 0 { try DetachedDaemon.start(executable, arguments: [], pidFile: pidFile) }
                try DetachedDaemon.waitUntil("journald listens on \(socketPath)", timeout: .seconds(10)) {
                    SocketProbe.isListening(at: socketPath)
                }
            }
            return .success(())
        } catch let error as SystemdTestError {
            return .failure(error)
        } catch {
            return .failure(SystemdTestError("starting journald failed: \(error)"))
        }
    }
}
