import IngestSystem

/// Why the store could not do what was asked, worded for the operator who has to act.
public enum StoreError: Error, CustomStringConvertible {
    /// Another process holds the store's lock.
    case locked(store: String, holder: String)
    /// The store (or its folder or lock file) could not be opened or repaired.
    case unavailable(store: String, SystemCallError)
    /// Appending or syncing failed; nothing staged since the last commit was kept.
    case writeFailed(store: String, SystemCallError)
    /// A stop was asked for while the store was being read at open; nothing was changed.
    case openStopped(store: String)

    public var description: String {
        switch self {
        case .locked(let store, let holder):
            "store \(store) is locked by \(holder); only one ingestd may use a store at a time"
        case .unavailable(let store, let error):
            "cannot open store \(store): \(error)"
        case .writeFailed(let store, let error):
            "cannot write store \(store): \(error); the articles stay in the inbox and will be retried"
        case .openStopped(let store):
            "stopped while reading the store \(store) to index it; nothing was changed, the next start reads it again"
        }
    }

}
