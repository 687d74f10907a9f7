import Synchronization

/// The one destination that every copy of a ``JournalLogHandler`` writes to: journald while it takes entries,
/// stderr while it does not.
///
/// It exists to keep logging from ever blocking, throwing or crashing when journald goes away (a stale socket:
/// `ECONNREFUSED`/`ENOENT`) or stalls (a full queue: `EAGAIN`). On the first failed entry it says once, on the
/// fallback output, `<identifier>: journal unavailable (<reason>); logging to stderr until it comes back`, and
/// writes that entry and every following one there as a readable line. While the journal is unavailable, sends
/// do not wait at all (`MSG_DONTWAIT`); the first one that succeeds ends the outage, which is reported on the
/// fallback output and, as a warning entry with the number of entries missed, in the journal itself.
public final class JournalSink: Sendable {
    /// The `SYSLOG_IDENTIFIER` of every entry, and the prefix of this sink's own notices.
    public let identifier: String
    private let socket: Result<JournalSocket, SystemdError>
    private let fallback: @Sendable (String) -> Void
    private let state = Mutex(State())

    private struct State {
        var journalAvailable = true
        var divertedThisOutage = 0
        var divertedTotal = 0
    }

    /// Creates a sink; it does not fail, a socket that cannot be opened just means everything goes to stderr.
    /// - Parameters:
    ///   - identifier: the `SYSLOG_IDENTIFIER` of the entries.
    ///   - socketPath: journald's native socket; tests point it at sockets they control.
    ///   - stallTimeout: how long a send may wait for room before journald counts as stalled.
    ///   - fallback: receives the notices and fallback lines (each ends in a newline); `nil` writes them to
    ///     stderr without blocking.
    public init(
        identifier: String = "ingestd",
        socketPath: String = JournalSocket.defaultPath,
        stallTimeout: Duration = JournalSocket.defaultStallTimeout,
        fallback: (@Sendable (String) -> Void)? = nil
    ) {
        self.identifier = identifier
        self.socket = Result { () throws(SystemdError) in
            try JournalSocket(path: socketPath, stallTimeout: stallTimeout)
        }
        self.fallback = fallback ?? { SystemCalls.writeToStandardError(Array($0.utf8)) }
    }

    /// Whether the last entry reached journald.
    public var isJournalAvailable: Bool {
        state.withLock { $0.journalAvailable }
    }

    /// How many entries went to the fallback output instead of the journal since this sink was created.
    public var entriesWrittenToFallback: Int {
        state.withLock { $0.divertedTotal }
    }

    /// Sends `fields` to the journal, or writes `fallbackLine()` to the fallback output if journald does not take
    /// them. Never throws and never waits longer than the stall timeout.
    /// - Returns: `true` when journald took the entry.
    @discardableResult
    public func write(_ fields: [JournalField], fallbackLine: () -> String) -> Bool {
        let wasAvailable = isJournalAvailable
        do {
            try socket.get().send(fields, waitingForRoom: wasAvailable)
        } catch {
            let outageStarts = state.withLock { state in
                let wasUp = state.journalAvailable
                state.journalAvailable = false
                state.divertedThisOutage += 1
                state.divertedTotal += 1
                return wasUp
            }
            if outageStarts {
                fallback("\(identifier): journal unavailable (\(error)); logging to stderr until it comes back\n")
            }
            fallback(fallbackLine())
            return false
        }
        if !wasAvailable { endOutage() }
        return true
    }

    private func endOutage() {
        let missed: Int? = state.withLock { state in
            guard !state.journalAvailable else { return nil }
            let missed = state.divertedThisOutage
            state.journalAvailable = true
            state.divertedThisOutage = 0
            return missed
        }
        guard let missed else { return }  // another thread reported it already
        let notice = "journal is back; \(missed) entries went to stderr while it was unavailable"
        fallback("\(identifier): \(notice)\n")
        let entry = [
            JournalField(trustedName: "MESSAGE", value: notice),
            JournalField(trustedName: "PRIORITY", value: "4"),
            JournalField(trustedName: "SYSLOG_IDENTIFIER", value: identifier),
            JournalField(trustedName: "ENTRIES_MISSED", value: String(missed)),
        ]
        try? socket.get().send(entry, waitingForRoom: false)
    }
}
