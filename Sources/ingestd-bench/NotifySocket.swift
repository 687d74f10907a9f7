import Foundation
import Glibc
import Synchronization

/// The bench's own `NOTIFY_SOCKET`: a datagram socket that hears ingestd's `READY=1` the way
/// systemd would, so that "ready" means exactly what it means to a service manager.
///
/// Like systemd, it reads every message as it comes, on a thread of its own: ingestd sends a
/// `STATUS=` line per batch with a blocking `sendmsg`, and a full socket queue would stall it.
final class NotifySocket: Sendable {
    let path: String
    private let descriptor: Int32
    private let state = Mutex(State())

    private struct State {
        /// `READY=1` messages heard so far, and when the last one arrived.
        var readyCount = 0
        var lastReady: ContinuousClock.Instant?
        var closed = false
    }

    init(path: String) throws(BenchError) {
        guard path.utf8.count < 100 else {
            throw BenchError(
                "the notify socket path \(path) is too long for a Unix socket; use a shorter --work folder")
        }
        unlink(path)
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw .system("socket", path, errno: errno) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (offset, byte) in path.utf8.enumerated() { raw[offset] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0 else {
            let code = errno
            Glibc.close(descriptor)
            throw .system("bind", path, errno: code)
        }
        self.path = path
        self.descriptor = descriptor
        let thread = Thread { [self] in listen() }
        thread.name = "notify-socket"
        thread.start()
    }

    /// Stops listening and removes the socket.
    func close() {
        state.withLock { $0.closed = true }
        unlink(path)
    }

    /// How many `READY=1` have arrived so far: pass it to ``waitForReady(after:until:gaveUp:)``.
    var readyCount: Int { state.withLock { $0.readyCount } }

    /// When the first `READY=1` after the `count`-th arrived, or `nil` if none did before
    /// `deadline` or `gaveUp` says so (checked every millisecond: the process died).
    func waitForReady(
        after count: Int, until deadline: ContinuousClock.Instant, gaveUp: () -> Bool
    ) -> ContinuousClock.Instant? {
        var checks = 0
        while ContinuousClock.now < deadline {
            let (heard, last) = state.withLock { ($0.readyCount, $0.lastReady) }
            if heard > count, let last { return last }
            checks += 1
            if checks % 10 == 0, gaveUp() { return nil }
            usleep(1_000)
        }
        return nil
    }

    private func listen() {
        var buffer = [UInt8](repeating: 0, count: 8192)
        while !state.withLock({ $0.closed }) {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            while true {
                let count = buffer.withUnsafeMutableBytes {
                    recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT))
                }
                guard count > 0 else { break }
                let arrived = ContinuousClock.now
                let message = String(decoding: buffer[0..<count], as: UTF8.self)
                if message.split(separator: "\n").contains("READY=1") {
                    state.withLock {
                        $0.readyCount += 1
                        $0.lastReady = arrived
                    }
                }
            }
        }
        Glibc.close(descriptor)
    }
}
