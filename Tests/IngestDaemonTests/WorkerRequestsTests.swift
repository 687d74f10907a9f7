import Glibc
import Testing

@testable import IngestDaemon

/// Requests from the service's task to the working thread.
@Suite("Worker requests")
struct WorkerRequestsTests {
    private func isReadable(_ descriptor: Int32) -> Bool {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, 0) == 1
    }

    @Test func aRequestWakesTheDescriptorAndIsTakenOnce() throws {
        let requests = try WorkerRequests()
        #expect(!isReadable(requests.descriptor))
        requests.post(.reload)
        #expect(isReadable(requests.descriptor))
        #expect(requests.take() == [.reload])
        #expect(!isReadable(requests.descriptor), "taking clears the wake-up")
        #expect(requests.take().isEmpty)
        #expect(!requests.isStopping, "a reload is no shutdown")
    }

    @Test func aShutdownIsSeenAtOnceAndStays() throws {
        let requests = try WorkerRequests()
        requests.post(.reload)
        requests.post(.shutdown)
        #expect(requests.isStopping, "seen between batches, before the requests are taken")
        #expect(requests.take() == [.reload, .shutdown])
        #expect(requests.isStopping)
    }
}
