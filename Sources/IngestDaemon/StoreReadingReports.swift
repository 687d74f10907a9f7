import IngestStore

/// Decides what each progress report of a long store read at start tells the service manager
/// and the journal.
///
/// The manager is asked to wait longer (``IngestService/startExtension``) only while the read
/// moves on (or has read everything, and the index is being built): a read stuck on a hung disk
/// then meets the unit's own `TimeoutStartSec=` as it should. (A stop needs no case here: it
/// ends the read, which reports nothing after it.) The journal hears of the read once, and only
/// if it is still going a second after it began: a short read is not worth a line.
struct StoreReadingReports {
    enum Report: Equatable {
        /// `EXTEND_TIMEOUT_USEC=` with the status line.
        case extend
        /// The status line alone.
        case statusOnly
    }

    /// How long a read goes on before the journal hears of it.
    static let announceAfter: Duration = .seconds(1)

    private var firstReport: ContinuousClock.Instant?
    private var lastBytesRead: Int64?
    private var announced = false
    /// Whether the report just taken is the one to log.
    private(set) var shouldAnnounce = false

    /// What to send for `progress`, given at `now`.
    mutating func next(_ progress: StoreReadProgress, now: ContinuousClock.Instant = .now) -> Report {
        let first = firstReport ?? now
        firstReport = first
        // Bytes count as read before their lines are parsed: a read at its full size is still
        // working on them, or done and about to build the index. Either way it moves on.
        let complete = progress.bytesRead >= progress.bytesToRead
        shouldAnnounce = !announced && !complete && now - first >= Self.announceAfter
        if shouldAnnounce { announced = true }
        let movedOn = complete || (lastBytesRead.map { progress.bytesRead > $0 } ?? true)
        lastBytesRead = progress.bytesRead
        return movedOn ? .extend : .statusOnly
    }
}
