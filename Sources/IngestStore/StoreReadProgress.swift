/// How far opening the store has got while it reads the store's own lines (all of them when the
/// index file beside it cannot be used, else those written after it). Reported for a read of
/// 8 MiB or more, at once and then about once a second, so that the service manager can be told
/// the start goes on, and the operator how far it is.
public struct StoreReadProgress: Sendable, Equatable {
    /// Bytes of the store read so far.
    public var bytesRead: Int64
    /// Bytes to read in all.
    public var bytesToRead: Int64
    /// Why the whole store is read (the index file's problem); `nil` when only the lines after
    /// the index file are.
    public var fullReadReason: String?

    public init(bytesRead: Int64, bytesToRead: Int64, fullReadReason: String?) {
        self.bytesRead = bytesRead
        self.bytesToRead = bytesToRead
        self.fullReadReason = fullReadReason
    }

    /// Whole percent read, 0 to 100.
    public var percent: Int {
        bytesToRead > 0 ? Int(min(100, max(0, bytesRead * 100 / bytesToRead))) : 100
    }
}
