import CIngestLinux
import Foundation
import Glibc
import IngestSystem
import Logging

/// Watches the inbox and everything under it with inotify and says which files are ready.
///
/// A file is ready when it was closed after writing (`IN_CLOSE_WRITE`) or renamed into the
/// inbox (`IN_MOVED_TO`). Folders created or moved in are watched and scanned at once; a queue
/// overflow, a periodic safety timer and start-up trigger full rescans, in which a file
/// modified within ``Options/settleTime`` is held back until it is quiet (it may still be
/// being written). The work happens on a dedicated thread that blocks in `poll(2)`, never on
/// the Swift concurrency pool. (The daemon drives an ``InboxWatch`` on its working thread
/// instead, so that the thread that hears of a file also ingests it.)
public final class InboxWatcher: Sendable {
    /// How the watcher behaves.
    public struct Options: Sendable {
        /// Full rescans at this interval, to catch anything an event missed.
        public var rescanInterval: Duration
        /// On file systems inotify cannot fully see (NFS, SMB, FUSE), scan this often instead.
        public var pollInterval: Duration
        /// Found by a scan and modified less than this ago: wait, it may still be written.
        public var settleTime: Duration

        public init(
            rescanInterval: Duration = .seconds(300), pollInterval: Duration = .seconds(2),
            settleTime: Duration = .seconds(5)
        ) {
            self.rescanInterval = rescanInterval
            self.pollInterval = pollInterval
            self.settleTime = settleTime
        }
    }

    public let root: String
    /// The file system the inbox is on, as found at start.
    public let fileSystem: FileSystemKind
    private let wakeDescriptor: Int32
    private let finished = DispatchSemaphore(value: 0)

    /// Creates the inbox if needed, watches it, and starts delivering events to `sink` from the
    /// watcher thread, beginning with a catch-up scan of what is already there.
    public init(
        root: String, options: Options, logger: Logger, sink: @escaping @Sendable (InboxEvent) -> Void
    ) throws(SystemCallError) {
        self.root = root
        let watch = try InboxWatch(root: root, options: options, logger: logger)
        fileSystem = watch.fileSystem
        let wakeDescriptor = try Syscall.retrying("eventfd") { eventfd(0, Int32(EFD_CLOEXEC | EFD_NONBLOCK)) }
        self.wakeDescriptor = wakeDescriptor
        let finished = finished
        let thread = Thread {
            Syscall.nameCurrentThread("ingestd-watcher")
            watch.start().forEach(sink)
            while true {
                let ready = watch.wait(alsoFor: wakeDescriptor, atMost: .max)
                if ready.other { break }
                watch.step(readable: ready.inbox).forEach(sink)
            }
            finished.signal()
        }
        thread.start()
    }

    /// Stops the watcher thread and waits for it to finish.
    public func stop() {
        var one: UInt64 = 1
        _ = Glibc.write(wakeDescriptor, &one, 8)
        finished.wait()
        _ = Glibc.close(wakeDescriptor)
    }
}
