/// What the watcher tells the daemon about the inbox.
public enum InboxEvent: Equatable, Sendable {
    /// Files (paths relative to the inbox) that are complete and may be ingested.
    case ready([String])
    /// The inbox was scanned in full; `found` entries were handed on as ``ready(_:)``.
    case rescanned(reason: RescanReason, found: Int)
    /// The inbox folder was deleted or moved away; the watcher is recreating it.
    case inboxLost(path: String)
    /// The inbox exists and is watched again after ``inboxLost(path:)``.
    case inboxRestored(path: String)
}

/// Why the whole inbox was scanned.
public enum RescanReason: String, Sendable {
    /// At start: files dropped while ingestd was not running.
    case startup
    /// The kernel's event queue overflowed: events were lost.
    case overflow
    /// The slow safety scan, or polling on a file system inotify cannot fully see.
    case periodic
    /// The inbox was recreated.
    case restored
}
