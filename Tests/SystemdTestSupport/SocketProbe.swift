import Glibc

/// Whether something listens on a Unix datagram socket, such as journald's `/run/systemd/journal/socket`.
///
/// The fixtures need to tell a running journald from none before deciding to start one. `connect(2)` on a datagram
/// socket succeeds only while a process has the path bound, and sends nothing; a socket file left behind by a
/// journald that died refuses it, so such a file does not count as a running journald.
public enum SocketProbe {
    /// Whether a process has a datagram socket bound at `path`; `false` also for paths too long for `sockaddr_un`.
    public static func isListening(at path: String) -> Bool {
        let probe = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        guard probe >= 0 else { return false }
        defer { close(probe) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(probe, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0
            }
        }
    }
}
