import Foundation
import IngestCore

/// The one-line status systemd shows (`STATUS=`), kept current without flooding the manager,
/// and the watchdog's keep-alive, sent from the loop that does the work.
struct StatusLine {
    let inbox: String
    let notifier: any ServiceManagerNotifier
    private var lastSent = ""
    private var lastSentAt: ContinuousClock.Instant?
    private var lastWatchdog = ContinuousClock.now
    /// The manager's watchdog timeout, read once: it is fixed for the life of the process, and
    /// asking libsystemd reads the environment (two `getenv` calls) at every turn of the loop.
    private let watchdogInterval: Duration?
    /// At most one STATUS per this interval: a burst of files must not become a burst of
    /// messages to the manager (the daemon's once-a-second tick sends the latest).
    static let minimumInterval = Duration.seconds(1)

    init(inbox: String, notifier: any ServiceManagerNotifier) {
        self.inbox = inbox
        self.notifier = notifier
        watchdogInterval = notifier.watchdogInterval
    }

    func text(_ loop: IngestLoop) -> String {
        let counters = loop.counters
        var text =
            "watching \(inbox) — \(loop.storedCount.formatted) stored, \(counters.duplicates.formatted) duplicates, \(counters.rejected.formatted) rejected"
        if let last = counters.last {
            text += ", last " + last.formatted(.iso8601.time(includingFractionalSeconds: false))
        }
        return text
    }

    /// Sends the status if it changed (and the last was sent long enough ago), and the
    /// watchdog ping when half its interval passed.
    mutating func update(_ loop: IngestLoop) {
        let now = ContinuousClock.now
        if lastSentAt.map({ now - $0 >= Self.minimumInterval }) ?? true {
            let current = text(loop)
            if current != lastSent {
                notifier.status(current)
                lastSent = current
                lastSentAt = now
            }
        }
        if let interval = watchdogInterval, ContinuousClock.now - lastWatchdog >= interval / 2 {
            notifier.watchdog()
            lastWatchdog = .now
        }
    }
}
