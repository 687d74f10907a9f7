import InboxWatcher

/// Everything the daemon's single task reacts to, merged into one stream.
enum DaemonInput: Sendable {
    /// Inbox events are waiting in the ``InboxMailbox``.
    case inbox
    /// SIGHUP: re-read the configuration.
    case reload
    /// A second has passed: due retries, the watchdog, the status line.
    case tick
    /// Graceful shutdown was requested (SIGTERM, SIGINT).
    case shutdown
}
