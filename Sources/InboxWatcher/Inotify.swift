import CIngestLinux
import Glibc
import IngestSystem
import SystemPackage

/// An inotify instance: the kernel's change notifications for a set of directories.
///
/// Owns its descriptor; used from the watcher thread only.
final class Inotify {
    let descriptor: Int32
    private var buffer: UnsafeMutableRawBufferPointer

    init() throws(SystemCallError) {
        descriptor = try Syscall.retrying("inotify_init1") { inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC)) }
        buffer = .allocate(byteCount: 256 * 1024, alignment: 8)
    }

    deinit {
        buffer.deallocate()
        _ = Glibc.close(descriptor)
    }

    /// Watches a directory; watching one already watched returns its existing descriptor.
    func addWatch(_ path: String, mask: InotifyEvent.Mask) throws(SystemCallError) -> Int32 {
        try Syscall.retrying("inotify_add_watch", path: path) {
            inotify_add_watch(descriptor, path, mask.rawValue)
        }
    }

    func removeWatch(_ watch: Int32) {
        _ = inotify_rm_watch(descriptor, watch)
    }

    /// The most one event takes: its header and the longest name with its NUL.
    static let largestEvent = MemoryLayout<inotify_event>.size + Int(NAME_MAX) + 1

    /// Every event queued now; an empty array when none is waiting.
    ///
    /// The kernel fills a read with whole events until the next does not fit, so a read that
    /// left room for the largest event emptied the queue: no second read is made to hear
    /// `EAGAIN` (one system call fewer per wake-up, on a dropped file's way to the store).
    /// Events queued after it wake the next `poll`.
    func readAvailable() throws(SystemCallError) -> [InotifyEvent] {
        var events: [InotifyEvent] = []
        while true {
            let count: Int
            do {
                count = try Syscall.retrying("read(inotify)") {
                    Glibc.read(descriptor, buffer.baseAddress, buffer.count)
                }
            } catch  where error.errno == .wouldBlock {
                return events
            }
            if count <= 0 { return events }
            events += InotifyEvent.parse(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            if buffer.count - count >= Self.largestEvent { return events }
        }
    }
}
