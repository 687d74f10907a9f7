import Glibc
import SystemdJournal
import Testing

/// sd_notify reads NOTIFY_SOCKET and WATCHDOG_USEC from the environment, so these tests set them: serialized,
/// and they are the only tests that touch the environment.
@Suite(.serialized) struct SystemdNotifierTests {
    private let notifier = SystemdNotifier()

    /// A socket bound for the test, with NOTIFY_SOCKET pointing at it; callers unset the variable when done.
    private func makeNotifySocket() throws -> TestSocket {
        let socket = try TestSocket()
        setenv("NOTIFY_SOCKET", socket.path, 1)
        return socket
    }

    private func text(_ datagram: [UInt8]?) -> String? {
        datagram.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func sendsReadyStatusStoppingAndWatchdog() throws {
        let socket = try makeNotifySocket()
        defer { unsetenv("NOTIFY_SOCKET") }
        #expect(notifier.isEnabled)
        #expect(try notifier.ready(status: "watching /inbox\nsecond line"))
        #expect(text(socket.receive()) == "READY=1\nSTATUS=watching /inbox second line")
        #expect(try notifier.status("3 files ingested"))
        #expect(text(socket.receive()) == "STATUS=3 files ingested")
        #expect(try notifier.watchdog())
        #expect(text(socket.receive()) == "WATCHDOG=1")
        #expect(try notifier.stopping())
        #expect(text(socket.receive()) == "STOPPING=1")
    }

    @Test func extendsTheTimeoutInMicroseconds() throws {
        let socket = try makeNotifySocket()
        defer { unsetenv("NOTIFY_SOCKET") }
        #expect(try notifier.extendTimeout(by: .seconds(10), status: "reading the store: 41%"))
        #expect(text(socket.receive()) == "EXTEND_TIMEOUT_USEC=10000000\nSTATUS=reading the store: 41%")
        #expect(try notifier.extendTimeout(by: .milliseconds(1_500)))
        #expect(text(socket.receive()) == "EXTEND_TIMEOUT_USEC=1500000")
    }

    @Test func reloadingCarriesTheMonotonicClock() throws {
        let socket = try makeNotifySocket()
        defer { unsetenv("NOTIFY_SOCKET") }
        var before = timespec()
        clock_gettime(CLOCK_MONOTONIC, &before)
        #expect(try notifier.reloading())
        var after = timespec()
        clock_gettime(CLOCK_MONOTONIC, &after)

        let lines = try #require(text(socket.receive())).split(separator: "\n")
        #expect(lines.first == "RELOADING=1")
        let stamp = try #require(lines.last.flatMap { $0.wholeMatch(of: /MONOTONIC_USEC=(\d+)/) }?.1)
        let microseconds = try #require(Int(stamp))
        #expect(microseconds >= before.tv_sec * 1_000_000 + before.tv_nsec / 1_000)
        #expect(microseconds <= after.tv_sec * 1_000_000 + after.tv_nsec / 1_000)
    }

    @Test func doesNothingWithoutNotifySocket() throws {
        unsetenv("NOTIFY_SOCKET")
        #expect(!notifier.isEnabled)
        #expect(try !notifier.ready())
        #expect(try !notifier.stopping(status: "bye"))
    }

    @Test func reportsFailureWhenTheManagerIsGone() throws {
        let socket = try makeNotifySocket()
        defer { unsetenv("NOTIFY_SOCKET") }
        socket.closeLeavingStaleFile()
        let error = #expect(throws: SystemdError.self) { try notifier.ready() }
        #expect(error?.errno == ECONNREFUSED)
    }

    @Test func readsTheWatchdogTimeout() {
        unsetenv("WATCHDOG_USEC")
        #expect(notifier.watchdogInterval == nil)
        setenv("WATCHDOG_USEC", "30000000", 1)
        defer {
            unsetenv("WATCHDOG_USEC")
            unsetenv("WATCHDOG_PID")
        }
        #expect(notifier.watchdogInterval == .seconds(30))
        setenv("WATCHDOG_PID", "\(getpid())", 1)
        #expect(notifier.watchdogInterval == .seconds(30))
        setenv("WATCHDOG_PID", "1", 1)  // meant for another process
        #expect(notifier.watchdogInterval == nil)
    }
}
