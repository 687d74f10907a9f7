import CIngestLinux
import Glibc
import IngestSystem
import Synchronization

/// How the service's task asks the working thread (``IngestWorker``) to reload its settings or
/// to stop: a request is queued and the thread woken through an eventfd that it waits on
/// beside the inbox.
final class WorkerRequests: Sendable {
    enum Request: Sendable, Equatable {
        /// SIGHUP: re-read the settings.
        case reload
        /// Graceful shutdown (SIGTERM, SIGINT): finish the batch in hand, then stop.
        case shutdown
    }

    /// Readable while a request waits.
    let descriptor: Int32
    private let queued = Mutex<[Request]>([])
    private let stopping = Atomic<Bool>(false)

    init() throws(SystemCallError) {
        descriptor = try Syscall.retrying("eventfd") { eventfd(0, Int32(EFD_CLOEXEC | EFD_NONBLOCK)) }
    }

    deinit {
        _ = Glibc.close(descriptor)
    }

    /// Queues a request and wakes the working thread (from any thread).
    func post(_ request: Request) {
        if request == .shutdown { stopping.store(true, ordering: .releasing) }
        queued.withLock { $0.append(request) }
        var one: UInt64 = 1
        _ = Glibc.write(descriptor, &one, 8)
    }

    /// Whether a shutdown was asked for: checked between batches.
    var isStopping: Bool { stopping.load(ordering: .acquiring) }

    /// The requests queued since the last call, oldest first; clears the wake-up.
    func take() -> [Request] {
        var count: UInt64 = 0
        _ = Glibc.read(descriptor, &count, 8)
        return queued.withLock { requests in
            defer { requests.removeAll() }
            return requests
        }
    }
}
