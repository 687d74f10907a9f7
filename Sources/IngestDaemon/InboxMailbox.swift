import InboxWatcher
import Synchronization

/// Where the watcher thread leaves inbox events for the daemon's task, so that the task
/// takes every event that has arrived at once, also between two batches.
///
/// Passed one by one through the daemon's input stream, events queued up behind the batch in
/// hand: a burst arriving while a batch was parsed was then ingested in batches as small as
/// the watcher's reads, and the cores waited on each other's tiny batches.
final class InboxMailbox: Sendable {
    private let events = Mutex<[InboxEvent]>([])

    /// Leaves an event; `true` when the mailbox was empty, so the reader needs a wake-up.
    func post(_ event: InboxEvent) -> Bool {
        events.withLock { events in
            events.append(event)
            return events.count == 1
        }
    }

    /// Every event left since the last call, oldest first.
    func takeAll() -> [InboxEvent] {
        events.withLock { events in
            defer { events.removeAll() }
            return events
        }
    }
}
