import CIngestLinux
import Crypto
import Glibc
import InboxWatcher
import IngestCore

/// The loop of ``BareIngest``: waits on the inbox's inotify descriptor and a signalfd, and
/// takes each wake-up's files as one batch.
struct BareIngester {
    /// A failed system call, named with its path.
    struct Failure: Error, CustomStringConvertible {
        let call: String
        let path: String
        let code: Int32

        var description: String { "\(call) \(path): \(String(cString: strerror(code)))" }
    }

    let inbox: String
    let processed: String
    private let store: Int32
    private let storePath: String
    private let events: Int32
    private let signals: Int32
    /// The hashes stored, so that a file seen before is moved without a second line.
    private var seen: Set<SHA256Digest> = []
    private var buffer = [UInt8](repeating: 0, count: 256 * 1024)

    init(inbox: String, store: String, processed: String) throws(Failure) {
        self.inbox = inbox
        self.processed = processed
        storePath = store
        for folder in [inbox, processed] where mkdir(folder, 0o755) != 0 && errno != EEXIST {
            throw Failure(call: "mkdir", path: folder, code: errno)
        }
        var stopSignals = sigset_t()
        sigemptyset(&stopSignals)
        sigaddset(&stopSignals, SIGTERM)
        sigaddset(&stopSignals, SIGINT)
        // Blocked, so that they wait in the signalfd instead of ending the process mid-batch.
        let masked = pthread_sigmask(SIG_BLOCK, &stopSignals, nil)
        guard masked == 0 else { throw Failure(call: "pthread_sigmask", path: "", code: masked) }
        signals = signalfd(-1, &stopSignals, Int32(SFD_CLOEXEC))
        guard signals >= 0 else { throw Failure(call: "signalfd", path: "", code: errno) }
        events = inotify_init1(Int32(IN_CLOEXEC))
        guard events >= 0 else { throw Failure(call: "inotify_init1", path: inbox, code: errno) }
        guard inotify_add_watch(events, inbox, UInt32(IN_MOVED_TO | IN_CLOSE_WRITE | IN_ONLYDIR)) >= 0 else {
            throw Failure(call: "inotify_add_watch", path: inbox, code: errno)
        }
        self.store = open(store, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard self.store >= 0 else { throw Failure(call: "open", path: store, code: errno) }
    }

    /// Ingests until SIGTERM or SIGINT; each batch is finished first.
    mutating func run() throws(Failure) {
        while true {
            var waiting = [
                pollfd(fd: events, events: Int16(POLLIN), revents: 0),
                pollfd(fd: signals, events: Int16(POLLIN), revents: 0),
            ]
            guard poll(&waiting, 2, -1) >= 0 || errno == EINTR else {
                throw Failure(call: "poll", path: inbox, code: errno)
            }
            if waiting[1].revents != 0 { return }
            if waiting[0].revents != 0 { try ingest(names: readNames()) }
        }
    }

    /// The names the queued events bring, each once (dot-files left alone, as the peer does);
    /// after an overflow of the kernel's queue, every file in the inbox.
    private mutating func readNames() throws(Failure) -> [String] {
        let count = buffer.withUnsafeMutableBytes { read(events, $0.baseAddress, $0.count) }
        guard count >= 0 else {
            if errno == EINTR || errno == EAGAIN { return [] }
            throw Failure(call: "read", path: inbox, code: errno)
        }
        var names: [String] = []
        // A file can be closed after writing more than once, each close one event.
        var seen: Set<String> = []
        let queued = buffer.withUnsafeBytes { InotifyEvent.parse(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        for event in queued {
            if event.mask.contains(.queueOverflow) { return try listInbox() }
            if !event.name.isEmpty, !event.name.hasPrefix("."), seen.insert(event.name).inserted {
                names.append(event.name)
            }
        }
        return names
    }

    /// Every regular file in the inbox but dot-files: events were lost.
    private func listInbox() throws(Failure) -> [String] {
        guard let folder = opendir(inbox) else { throw Failure(call: "opendir", path: inbox, code: errno) }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if entry.pointee.d_type == UInt8(DT_REG), !name.hasPrefix(".") { names.append(name) }
        }
        return names
    }

    /// Stores the new ones among `names` with one write and one fsync, then moves them all.
    private mutating func ingest(names: [String]) throws(Failure) {
        var lines: [UInt8] = []
        // Room for the bench's lines (about 4 KB each) without growing.
        lines.reserveCapacity(names.count * 4_608)
        var taken: [String] = []
        for name in names {
            guard let bytes = Self.contents(of: inbox + "/" + name) else { continue }
            taken.append(name)
            let text = BareNormalization.normalized(bytes)
            let digest = SHA256.hash(data: text)
            guard seen.insert(digest).inserted else { continue }
            // The peer's record: the first line as the title, the rest as the body.
            let lineEnd = text.firstIndex(of: 0x0A) ?? text.endIndex
            let hex = Self.hex(digest)
            var record = JSONObjectWriter(reservingCapacity: text.count + 256)
            record.field("id", String(hex.prefix(16)))
            record.field("sha256", hex)
            record.field("source", name)
            record.field("title", String(decoding: text[..<lineEnd], as: UTF8.self))
            let body = text[lineEnd...].drop { [0x0A, 0x20, 0x09].contains($0) }.dropLast()
            record.field("body", String(decoding: body, as: UTF8.self))
            lines += record.finish()
        }
        if !lines.isEmpty {
            var written = 0
            while written < lines.count {
                let count = lines.withUnsafeBytes {
                    write(store, $0.baseAddress.map { $0 + written }, $0.count - written)
                }
                guard count > 0 || (count < 0 && errno == EINTR) else {
                    throw Failure(call: "write", path: storePath, code: count < 0 ? errno : EIO)
                }
                written += max(0, count)
            }
            guard fsync(store) == 0 else { throw Failure(call: "fsync", path: storePath, code: errno) }
        }
        // A file gone meanwhile was taken by an earlier wake-up's rename.
        for name in taken where rename(inbox + "/" + name, processed + "/" + name) != 0 && errno != ENOENT {
            throw Failure(call: "rename", path: inbox + "/" + name, code: errno)
        }
    }

    /// The whole file, or `nil` if it is gone (taken already: an event can come twice).
    private static func contents(of path: String) -> [UInt8]? {
        let file = open(path, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var status = stat()
        guard fstat(file, &status) == 0 else { return nil }
        // The size at open, and one byte more to hear the end: the bench's files do not change.
        let capacity = Int(status.st_size) + 1
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = 0
            while count < capacity {
                let got = read(file, buffer.baseAddress.map { $0 + count }, capacity - count)
                if got > 0 {
                    count += got
                } else if got == 0 || errno != EINTR {
                    failed = got < 0
                    return
                }
            }
        }
        return failed ? nil : bytes
    }
}

extension BareIngester {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    fileprivate static func hex(_ digest: SHA256Digest) -> String {
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in digest {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
