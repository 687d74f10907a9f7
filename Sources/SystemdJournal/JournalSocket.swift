import Glibc

/// A sender of journal entries that never waits long for journald, over its native protocol.
///
/// It exists because libsystemd's `sd_journal_sendv` can block forever: it sends on a process-wide *blocking*
/// datagram socket with no timeout (`journal_fd()` in `src/libsystemd/sd-journal/journal-send.c` opens it as
/// `socket(AF_UNIX, SOCK_DGRAM|SOCK_CLOEXEC, 0)` and calls `sendmsg(fd, &mh, MSG_NOSIGNAL)`), so once journald
/// stops reading and its receive queue fills (`net.unix.max_dgram_qlen` datagrams), every log call hangs. It
/// also reports success when the socket file is missing (`ENOENT` → 0), which hides a dead journald.
///
/// This type speaks the same native protocol (see systemd's `JOURNAL_NATIVE_PROTOCOL` document) from its own
/// socket: a send waits at most `stallTimeout` for room (or not at all with `waitingForRoom: false`) and then
/// fails with `EAGAIN`; a dead journald fails at once with `ECONNREFUSED` or `ENOENT`. The socket path is
/// configurable so tests can aim it at sockets they control. Entries too large for one datagram are passed in
/// a sealed memfd, as libsystemd does. ``sendWithLibsystemd(_:)`` remains for callers that want libsystemd's
/// own sender and can accept its blocking.
public final class JournalSocket: Sendable {
    /// Where journald listens for native-protocol datagrams.
    public static let defaultPath = "/run/systemd/journal/socket"
    /// How long a send may wait for room in journald's queue before it counts as stalled.
    public static let defaultStallTimeout = Duration.milliseconds(100)
    /// The send buffer libsystemd asks for too; as root it is granted, otherwise capped by `net.core.wmem_max`.
    public static let defaultSendBufferSize = 8 * 1024 * 1024

    /// The socket path entries are sent to.
    public let path: String
    private let descriptor: Int32

    /// Opens a socket for sending to `path`; nothing needs to listen there yet.
    /// - Parameters:
    ///   - stallTimeout: the longest a waiting send blocks for room in journald's queue (at least 1 µs).
    ///   - sendBufferSize: the socket's send buffer; entries larger than it go through a memfd.
    /// - Throws: ``SystemdError`` when the path is too long for a unix socket or the socket cannot be opened.
    public init(
        path: String = JournalSocket.defaultPath,
        stallTimeout: Duration = JournalSocket.defaultStallTimeout,
        sendBufferSize: Int = JournalSocket.defaultSendBufferSize
    ) throws(SystemdError) {
        guard !path.isEmpty, path.utf8.count <= SystemCalls.maximumSocketPathLength else {
            throw .systemCall("journal socket path \"\(path)\"", errno: ENAMETOOLONG)
        }
        self.path = path
        self.descriptor = try SystemCalls.openDatagramSocket(sendBufferSize: sendBufferSize, sendTimeout: stallTimeout)
    }

    deinit {
        SystemCalls.closeDescriptor(descriptor)
    }

    /// Sends one entry.
    /// - Parameter waitingForRoom: when `true` a full journald queue is waited on for up to the stall timeout;
    ///   when `false` the send fails with `EAGAIN` at once.
    /// - Throws: ``SystemdError/noFields`` for an empty entry; ``SystemdError/systemCall(_:errno:)`` with
    ///   `ECONNREFUSED`/`ENOENT` (nobody listens), `EAGAIN` (journald stalled) or another errno.
    public func send(_ fields: [JournalField], waitingForRoom: Bool = true) throws(SystemdError) {
        guard !fields.isEmpty else { throw .noFields }
        let datagram = Self.encode(fields)
        var code = SystemCalls.sendDatagram(from: descriptor, to: path, payload: datagram, dontWait: !waitingForRoom)
        if code == EMSGSIZE {
            let memoryFile = try SystemCalls.sealedMemoryFile(containing: datagram)
            defer { SystemCalls.closeDescriptor(memoryFile) }
            code = SystemCalls.sendDatagram(
                from: descriptor, to: path, payload: [], passing: memoryFile, dontWait: !waitingForRoom)
        }
        guard code == 0 else { throw .systemCall("sendmsg to \(path)", errno: code) }
    }

    /// Sends one entry with libsystemd's `sd_journal_sendv(3)` to the default socket.
    ///
    /// libsystemd adds `SYSLOG_IDENTIFIER` (the program name) when the entry has none. Beware: this call blocks
    /// for as long as journald is stalled, and it reports success when the journal socket does not exist.
    /// - Throws: ``SystemdError/noFields`` or ``SystemdError/systemCall(_:errno:)`` with the errno it returned.
    public static func sendWithLibsystemd(_ fields: [JournalField]) throws(SystemdError) {
        guard !fields.isEmpty else { throw .noFields }
        let result = SystemCalls.journalSendv(fields)
        guard result >= 0 else { throw .systemCall("sd_journal_sendv", errno: -result) }
    }

    /// The native-protocol datagram for an entry: `NAME=value\n` per field, or, for a value containing a
    /// newline, `NAME\n` + its length as 64-bit little-endian + the value + `\n`.
    static func encode(_ fields: [JournalField]) -> [UInt8] {
        var datagram: [UInt8] = []
        datagram.reserveCapacity(fields.reduce(0) { $0 + $1.name.utf8.count + $1.value.count + 10 })
        for field in fields {
            datagram.append(contentsOf: field.name.utf8)
            if field.value.contains(UInt8(ascii: "\n")) {
                datagram.append(UInt8(ascii: "\n"))
                let length = UInt64(field.value.count)
                for shift in stride(from: 0, to: 64, by: 8) {
                    datagram.append(UInt8(truncatingIfNeeded: length >> shift))
                }
            } else {
                datagram.append(UInt8(ascii: "="))
            }
            datagram.append(contentsOf: field.value)
            datagram.append(UInt8(ascii: "\n"))
        }
        return datagram
    }
}
