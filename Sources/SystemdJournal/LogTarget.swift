import Foundation

/// Where the daemon's logs go, as chosen on the command line (`--log-target journal|stderr|auto`).
///
/// It exists so the choice is one small value that argument parsing can read (`init?(rawValue:)`,
/// `CaseIterable`; add `extension LogTarget: ExpressibleByArgument {}` where ArgumentParser is imported) and
/// that resolves `auto` in one documented way.
public enum LogTarget: String, CaseIterable, Sendable {
    /// Structured entries to journald through ``JournalLogHandler`` (stderr while journald is unavailable).
    case journal
    /// Readable lines on stderr through ``StderrLogHandler``.
    case stderr
    /// `journal` when running as a service whose output systemd already sends to the journal
    /// (`JOURNAL_STREAM` is set) and journald's socket exists; otherwise `stderr`, so that a
    /// developer running ingestd in a terminal sees readable lines even on a systemd machine.
    case auto

    /// The concrete target: `auto` as described above; `journal` and `stderr` stay as they are.
    public func resolve(
        socketPath: String = JournalSocket.defaultPath,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> LogTarget {
        guard self == .auto else { return self }
        guard environment["JOURNAL_STREAM"] != nil else { return .stderr }
        return SystemCalls.isSocket(atPath: socketPath) ? .journal : .stderr
    }
}
