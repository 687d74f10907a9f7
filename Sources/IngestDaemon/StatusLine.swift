import Foundation
import IngestCore

/// The one-line status systemd shows (`STATUS=`), kept current without flooding the manager,
/// and the watchdog's keep-alive, sent from the loop that does the work.
struct StatusLine {
    let inbox: String
    let notifier: any ServiceManagerNotifier
    private var lastSent = ""
    private var lastWatchdog = ContinuousClock.now

    init(inbox: String, notifier: any ServiceManagerNotifier) {
        self.inbox = inbox
        self.notifier = notifier
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

    /// Sends the status if it changed, and the watchdog ping when half its interval passed.
    mutating func update(_ loop: IngestLoop) {
        let current = text(loop)
        if current != lastSent {
            notifier.status(current)
            lastSent = current
        }
        if let interval = notifier.watchdogInterval, ContinuousClock.now - lastWatchdog >= interval / 2 {
            notifier.watchdog()
            lastWatchdog = .now
        }
    }
}
