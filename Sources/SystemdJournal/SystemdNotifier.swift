import CSystemd

/// Tells the service manager about the daemon's state through `sd_notify(3)`.
///
/// It exists because swift-service-lifecycle knows nothing of systemd: a `Type=notify` unit waits for
/// `READY=1`, shows `STATUS=` in `systemctl status`, restarts a daemon that misses its `WATCHDOG=1` pings, and
/// tracks reloads and shutdown; these are the daemon's to send. Every call is a no-op (returning `false`) when
/// `NOTIFY_SOCKET` is unset, i.e. when not started by systemd, so callers need no checks of their own.
public struct SystemdNotifier: Sendable {
    public init() {}

    /// Whether a service manager listens (`NOTIFY_SOCKET` is set).
    public var isEnabled: Bool {
        !(SystemCalls.environmentValue("NOTIFY_SOCKET") ?? "").isEmpty
    }

    /// The unit's full watchdog timeout (`WatchdogSec=`, from `WATCHDOG_USEC` via `sd_watchdog_enabled(3)`), or
    /// `nil` when no watchdog is set up for this process. Ping with ``watchdog()`` at least twice per timeout:
    /// every `interval / 2`, as systemd recommends.
    public var watchdogInterval: Duration? {
        var microseconds: UInt64 = 0
        guard sd_watchdog_enabled(0, &microseconds) > 0, microseconds > 0 else { return nil }
        return .microseconds(Int64(clamping: microseconds))
    }

    /// `READY=1`: start-up is complete. Optionally with a `STATUS=` text.
    @discardableResult
    public func ready(status: String? = nil) throws(SystemdError) -> Bool {
        try notify(["READY=1"], status: status)
    }

    /// `STATUS=`: a one-line description of what the daemon is doing, shown by `systemctl status`.
    @discardableResult
    public func status(_ text: String) throws(SystemdError) -> Bool {
        try notify([], status: text)
    }

    /// `RELOADING=1` with `MONOTONIC_USEC=` (the `CLOCK_MONOTONIC` time in µs, which systemd ≥ 253 requires with
    /// `Type=notify-reload` and older versions ignore). Send ``ready(status:)`` when the reload is done.
    @discardableResult
    public func reloading(status: String? = nil) throws(SystemdError) -> Bool {
        try notify(["RELOADING=1", "MONOTONIC_USEC=\(SystemCalls.monotonicMicroseconds())"], status: status)
    }

    /// `STOPPING=1`: shutdown has begun.
    @discardableResult
    public func stopping(status: String? = nil) throws(SystemdError) -> Bool {
        try notify(["STOPPING=1"], status: status)
    }

    /// `EXTEND_TIMEOUT_USEC=`: the start (or reload, or stop) is still going on; the manager waits `duration`
    /// longer from now, past `TimeoutStartSec=`, before it gives up. Send it again before that time is out.
    @discardableResult
    public func extendTimeout(by duration: Duration, status: String? = nil) throws(SystemdError) -> Bool {
        let microseconds = Int64(max(.zero, duration) / .microseconds(1))
        return try notify(["EXTEND_TIMEOUT_USEC=\(microseconds)"], status: status)
    }

    /// `WATCHDOG=1`: the keep-alive ping; see ``watchdogInterval``.
    @discardableResult
    public func watchdog() throws(SystemdError) -> Bool {
        try notify(["WATCHDOG=1"], status: nil)
    }

    /// Sends `assignments` (e.g. `["READY=1"]`) plus `STATUS=` if given; newlines in the status are replaced by
    /// spaces, since each line is one assignment.
    /// - Returns: `true` if sent, `false` if no service manager listens.
    /// - Throws: ``SystemdError/systemCall(_:errno:)`` when `sd_notify` fails (e.g. the socket is gone).
    @discardableResult
    public func notify(_ assignments: [String], status: String?) throws(SystemdError) -> Bool {
        var lines = assignments
        if let status {
            lines.append("STATUS=" + status.split(whereSeparator: \.isNewline).joined(separator: " "))
        }
        guard !lines.isEmpty else { return false }
        let result = sd_notify(0, lines.joined(separator: "\n"))
        guard result >= 0 else { throw .systemCall("sd_notify", errno: -result) }
        return result > 0
    }
}
