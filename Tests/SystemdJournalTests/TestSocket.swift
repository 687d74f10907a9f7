import Foundation
import Glibc

/// A unix datagram socket bound at a fresh path under /tmp, standing in for journald or systemd's notify socket.
///
/// Tests use it to see exactly which datagrams arrive, to simulate a journald that stalls (bound but never
/// read), and, after ``closeLeavingStaleFile()``, one that died and left its socket file behind.
final class TestSocket {
    let path: String
    private var descriptor: Int32

    /// Binds at `path` (replacing whatever file is there), or at a fresh path.
    init(path: String? = nil) throws {
        self.path = path ?? "/tmp/sj-\(UUID().uuidString.prefix(13)).sock"
        unlink(self.path)
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw TestSocketError.failed("socket", errno) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(self.path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0 else { throw TestSocketError.failed("bind \(self.path)", errno) }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        unlink(path)
    }

    /// A path where nothing exists at all (journald's socket removed).
    static func deadPath() -> String {
        "/tmp/sj-dead-\(UUID().uuidString.prefix(8)).sock"
    }

    /// Closes the socket but leaves its file: sends to the path now fail with `ECONNREFUSED`, as after a crash.
    func closeLeavingStaleFile() {
        close(descriptor)
        descriptor = -1
    }

    /// The next datagram, waiting up to `timeout`; `nil` if none came.
    func receive(timeout: Duration = .seconds(2)) -> [UInt8]? {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(
            timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        guard poll(&poller, 1, milliseconds) == 1 else { return nil }
        // MSG_PEEK | MSG_TRUNC tells the size of the next datagram without consuming it.
        let size = recv(descriptor, nil, 0, Int32(MSG_PEEK | MSG_TRUNC | MSG_DONTWAIT))
        guard size >= 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: max(size, 1))
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        guard count >= 0 else { return nil }
        return Array(buffer.prefix(count))
    }

    /// Every datagram already queued, without waiting.
    func drain() -> [[UInt8]] {
        var datagrams: [[UInt8]] = []
        while let datagram = receive(timeout: .zero) { datagrams.append(datagram) }
        return datagrams
    }

    /// Decodes a journal native-protocol datagram into its fields, in order (a field may repeat).
    static func decodeNative(_ datagram: [UInt8]) -> [(name: String, value: [UInt8])] {
        var fields: [(name: String, value: [UInt8])] = []
        var index = 0
        while index < datagram.count {
            guard let end = datagram[index...].firstIndex(where: { $0 == UInt8(ascii: "=") || $0 == 10 }) else { break }
            let name = String(decoding: datagram[index..<end], as: UTF8.self)
            if datagram[end] == UInt8(ascii: "=") {
                let valueEnd = datagram[(end + 1)...].firstIndex(of: 10) ?? datagram.count
                fields.append((name, Array(datagram[(end + 1)..<valueEnd])))
                index = valueEnd + 1
            } else {
                guard end + 9 <= datagram.count else { break }
                let length = datagram[(end + 1)...(end + 8)].reversed().reduce(0) { $0 << 8 | Int($1) }
                let start = end + 9
                guard start + length <= datagram.count else { break }
                fields.append((name, Array(datagram[start..<(start + length)])))
                index = start + length + 1
            }
        }
        return fields
    }
}

enum TestSocketError: Error {
    case failed(String, Int32)
}
