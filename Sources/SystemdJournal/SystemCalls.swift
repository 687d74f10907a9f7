import CSystemd
import Glibc

/// Thin wrappers over the Linux and libsystemd calls this module makes.
///
/// It exists to keep every piece of raw pointer and file-descriptor work of SystemdJournal in this one file:
/// the other files only see Swift values (`[UInt8]`, `String`, `Int32` errno codes). Failures come back as
/// errno values or ``SystemdError``s, never as traps.
enum SystemCalls {
    // MARK: Errors

    /// `strerror(3)` text for an errno value (thread-safe in glibc ≥ 2.32).
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    // MARK: The journal's datagram socket

    /// Opens the unbound `AF_UNIX` datagram socket entries are sent from.
    ///
    /// The socket stays blocking so that a busy journald can apply brief back-pressure, but `SO_SNDTIMEO` bounds
    /// every wait to `sendTimeout`; callers add `MSG_DONTWAIT` per call when they must not wait at all. The send
    /// buffer is raised as libsystemd does (`SO_SNDBUFFORCE` as root, else `SO_SNDBUF`, capped by
    /// `net.core.wmem_max`): it is also the largest entry that fits one datagram.
    static func openDatagramSocket(sendBufferSize: Int, sendTimeout: Duration) throws(SystemdError) -> Int32 {
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw .systemCall("socket(AF_UNIX, SOCK_DGRAM)", errno: errno) }

        var size = Int32(clamping: sendBufferSize)
        let sizeLength = socklen_t(MemoryLayout<Int32>.size)
        if setsockopt(descriptor, SOL_SOCKET, SO_SNDBUFFORCE, &size, sizeLength) != 0 {
            _ = setsockopt(descriptor, SOL_SOCKET, SO_SNDBUF, &size, sizeLength)  // best effort, as libsystemd
        }

        let (seconds, attoseconds) = max(sendTimeout, .microseconds(1)).components
        var timeout = timeval(tv_sec: Int(clamping: seconds), tv_usec: Int(attoseconds / 1_000_000_000_000))
        if setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size)) != 0 {
            let code = errno
            close(descriptor)
            throw .systemCall("setsockopt(SO_SNDTIMEO)", errno: code)
        }
        return descriptor
    }

    /// The largest socket path `sockaddr_un` holds (107 bytes plus the terminating NUL).
    static let maximumSocketPathLength = MemoryLayout.size(ofValue: sockaddr_un().sun_path) - 1

    /// Sends one datagram to the socket at `path`, optionally passing a file descriptor along (`SCM_RIGHTS`).
    /// - Returns: 0 on success, else the errno (`ECONNREFUSED`/`ENOENT` when nobody listens, `EAGAIN` when the
    ///   receiver's queue stayed full, `EMSGSIZE` when `payload` exceeds the send buffer).
    static func sendDatagram(
        from descriptor: Int32,
        to path: String,
        payload: [UInt8],
        passing passedDescriptor: Int32? = nil,
        dontWait: Bool
    ) -> Int32 {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let pathBytes = Array(path.utf8)
        guard !pathBytes.isEmpty, pathBytes.count <= maximumSocketPathLength else { return ENAMETOOLONG }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: pathBytes) }

        let flags = Int32(MSG_NOSIGNAL) | (dontWait ? Int32(MSG_DONTWAIT) : 0)
        // One cmsghdr carrying one int, laid out as CMSG_LEN/CMSG_SPACE would (aligned to size_t).
        let headerSpace = alignedToWord(MemoryLayout<cmsghdr>.size)
        var control = [UInt8](repeating: 0, count: passedDescriptor == nil ? 0 : headerSpace + alignedToWord(4))
        var payload = payload

        return withUnsafeMutablePointer(to: &address) { addressPointer in
            payload.withUnsafeMutableBytes { payloadBytes in
                control.withUnsafeMutableBytes { controlBytes in
                    var vector = iovec(iov_base: payloadBytes.baseAddress, iov_len: payloadBytes.count)
                    return withUnsafeMutablePointer(to: &vector) { vectorPointer in
                        var message = msghdr()
                        message.msg_name = UnsafeMutableRawPointer(addressPointer)
                        message.msg_namelen = socklen_t(MemoryLayout<sockaddr_un>.size)
                        if !payloadBytes.isEmpty {
                            message.msg_iov = vectorPointer
                            message.msg_iovlen = 1
                        }
                        if let passedDescriptor {
                            var header = cmsghdr()
                            header.cmsg_len = headerSpace + MemoryLayout<Int32>.size
                            header.cmsg_level = SOL_SOCKET
                            header.cmsg_type = Int32(SCM_RIGHTS)
                            controlBytes.storeBytes(of: header, toByteOffset: 0, as: cmsghdr.self)
                            controlBytes.storeBytes(of: passedDescriptor, toByteOffset: headerSpace, as: Int32.self)
                            message.msg_control = controlBytes.baseAddress
                            message.msg_controllen = controlBytes.count
                        }
                        while true {
                            if sendmsg(descriptor, &message, flags) >= 0 { return 0 }
                            if errno != EINTR { return errno }
                        }
                    }
                }
            }
        }
    }

    /// A sealed memfd holding `bytes`: how an entry too large for one datagram is handed to journald (it accepts
    /// a datagram with no payload and one such descriptor, as libsystemd sends it).
    static func sealedMemoryFile(containing bytes: [UInt8]) throws(SystemdError) -> Int32 {
        let descriptor = memfd_create("journal-entry", UInt32(MFD_CLOEXEC | MFD_ALLOW_SEALING))
        guard descriptor >= 0 else { throw .systemCall("memfd_create", errno: errno) }
        let code = writeAll(bytes, to: descriptor)
        if code != 0 {
            close(descriptor)
            throw .systemCall("write to memfd", errno: code)
        }
        if fcntl(descriptor, CSYSTEMD_F_ADD_SEALS, CSYSTEMD_F_SEAL_ALL) != 0 {
            let code = errno
            close(descriptor)
            throw .systemCall("fcntl(F_ADD_SEALS)", errno: code)
        }
        return descriptor
    }

    static func closeDescriptor(_ descriptor: Int32) {
        close(descriptor)
    }

    // MARK: libsystemd's own sender

    /// `sd_journal_sendv(3)` with one `iovec` per `NAME=value` field. Returns 0 or a negative errno.
    static func journalSendv(_ fields: [JournalField]) -> Int32 {
        var buffer: [UInt8] = []
        var ranges: [(offset: Int, count: Int)] = []
        for field in fields {
            let start = buffer.count
            buffer.append(contentsOf: field.name.utf8)
            buffer.append(UInt8(ascii: "="))
            buffer.append(contentsOf: field.value)
            ranges.append((start, buffer.count - start))
        }
        return buffer.withUnsafeMutableBytes { bytes in
            guard let base = bytes.baseAddress else { return -EINVAL }
            let vectors = ranges.map { iovec(iov_base: base + $0.offset, iov_len: $0.count) }
            return sd_journal_sendv(vectors, Int32(vectors.count))
        }
    }

    // MARK: Standard error

    /// Writes `bytes` to stderr without ever stalling on, or being killed by, a dead journal stream.
    ///
    /// Under systemd, stderr is usually a stream socket to journald: there `send(MSG_DONTWAIT | MSG_NOSIGNAL)`
    /// neither blocks when journald stalls nor raises SIGPIPE when it is gone (what does not fit is dropped).
    /// Anything else (a terminal, a file, a pipe) gets a plain `write(2)`.
    static func writeToStandardError(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { all in
            var offset = 0
            var isSocket = standardErrorIsSocket
            while offset < all.count {
                guard let start = all.baseAddress?.advanced(by: offset) else { return }
                let remaining = all.count - offset
                let written =
                    isSocket
                    ? send(STDERR_FILENO, start, remaining, Int32(MSG_DONTWAIT) | Int32(MSG_NOSIGNAL))
                    : write(STDERR_FILENO, start, remaining)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == ENOTSOCK && isSocket {
                    isSocket = false
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return  // EAGAIN, EPIPE, EBADF, …: stderr cannot take it now; never wait for it
                }
            }
        }
    }

    /// Whether stderr is a socket, asked once (ingestd never points stderr elsewhere), so that a
    /// line to a terminal or a file costs one `write(2)` instead of a `send` refused with
    /// `ENOTSOCK` first. When `fstat` cannot tell, `send` is tried first, as before.
    private static let standardErrorIsSocket: Bool = {
        var status = stat()
        return fstat(STDERR_FILENO, &status) != 0 || (status.st_mode & S_IFMT) == S_IFSOCK
    }()

    // MARK: Environment, files and clocks

    /// The value of an environment variable, if set.
    static func environmentValue(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Whether `path` exists and is a socket.
    static func isSocket(atPath path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFSOCK
    }

    /// `CLOCK_MONOTONIC` in microseconds, the clock systemd's `MONOTONIC_USEC=` refers to.
    static func monotonicMicroseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1_000
    }

    // MARK: Helpers

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
        bytes.withUnsafeBytes { all in
            var offset = 0
            while offset < all.count {
                guard let start = all.baseAddress?.advanced(by: offset) else { return EINVAL }
                let written = write(descriptor, start, all.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return written < 0 ? errno : EIO
                }
            }
            return 0
        }
    }

    private static func alignedToWord(_ size: Int) -> Int {
        let word = MemoryLayout<Int>.size
        return (size + word - 1) / word * word
    }
}
