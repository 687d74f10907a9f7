import CIngestLinux
import Crypto
import Glibc
import InboxWatcher
import IngestCore
import IngestSystem
import SystemPackage

/// The loop of ``BareIngest``: waits on the inbox's inotify descriptor and a signalfd, and
/// takes each wake-up's files as one batch. Files are read, lines written and errors reported
/// with the daemon's own system-call layer (`IngestSystem`), so the two differ in what they do
/// with a file, not in how they touch the disk.
struct BareIngester {
    let inbox: String
    let processed: String
    private let store: FileDescriptor
    private let storePath: String
    private let events: Int32
    private let signals: Int32
    /// The hashes stored, so that a file seen before is moved without a second line.
    private var seen: Set<SHA256Digest> = []
    private var buffer = [UInt8](repeating: 0, count: 256 * 1024)
    /// Larger files are left in the inbox (the bench's are 2–5 KB).
    private static let maximumFileSize: Int64 = 16 << 20

    init(inbox: String, store: String, processed: String) throws(SystemCallError) {
        self.inbox = inbox
        self.processed = processed
        storePath = store
        try Syscall.makeDirectories(inbox)
        try Syscall.makeDirectories(processed)
        var stopSignals = sigset_t()
        sigemptyset(&stopSignals)
        sigaddset(&stopSignals, SIGTERM)
        sigaddset(&stopSignals, SIGINT)
        // Blocked, so that they wait in the signalfd instead of ending the process mid-batch.
        let masked = pthread_sigmask(SIG_BLOCK, &stopSignals, nil)
        guard masked == 0 else {
            throw SystemCallError(call: "pthread_sigmask", path: nil, errno: Errno(rawValue: masked))
        }
        signals = try Syscall.retrying("signalfd") { signalfd(-1, &stopSignals, Int32(SFD_CLOEXEC)) }
        let events = try Syscall.retrying("inotify_init1", path: inbox) { inotify_init1(Int32(IN_CLOEXEC)) }
        try Syscall.retrying("inotify_add_watch", path: inbox) {
            inotify_add_watch(events, inbox, UInt32(IN_MOVED_TO | IN_CLOSE_WRITE | IN_ONLYDIR))
        }
        self.events = events
        let opened = try Syscall.retrying("open", path: store) {
            open(store, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        }
        self.store = FileDescriptor(rawValue: opened)
    }

    /// Ingests until SIGTERM or SIGINT; each batch is finished first.
    mutating func run() throws(SystemCallError) {
        while true {
            var waiting = [
                pollfd(fd: events, events: Int16(POLLIN), revents: 0),
                pollfd(fd: signals, events: Int16(POLLIN), revents: 0),
            ]
            try Syscall.retrying("poll", path: inbox) { poll(&waiting, 2, -1) }
            if waiting[1].revents != 0 { return }
            if waiting[0].revents != 0 { try ingest(names: readNames()) }
        }
    }

    /// The names the queued events bring, each once (dot-files left alone, as the peer does);
    /// after an overflow of the kernel's queue, every file in the inbox.
    private mutating func readNames() throws(SystemCallError) -> [String] {
        let events = self.events
        let inbox = self.inbox
        let count = try buffer.withUnsafeMutableBytes { bytes in
            Result { () throws(SystemCallError) in
                try Syscall.retrying("read", path: inbox) { read(events, bytes.baseAddress, bytes.count) }
            }
        }.get()
        let queued = buffer.withUnsafeBytes { InotifyEvent.parse(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        if queued.contains(where: { $0.mask.contains(.queueOverflow) }) {
            return try Syscall.directoryEntries(inbox).filter { !$0.hasPrefix(".") }
        }
        var names: [String] = []
        // A file can be closed after writing more than once, each close one event.
        var named: Set<String> = []
        for event in queued where !event.name.isEmpty && !event.name.hasPrefix(".") {
            if named.insert(event.name).inserted { names.append(event.name) }
        }
        return names
    }

    /// Stores the new ones among `names` with one write and one fsync, then moves them all.
    private mutating func ingest(names: [String]) throws(SystemCallError) {
        var lines: [UInt8] = []
        // Room for the bench's lines (about 4 KB each) without growing.
        lines.reserveCapacity(names.count * 4_608)
        var taken: [String] = []
        for name in names {
            // Gone (taken by an earlier wake-up), not a regular file, or too large: left alone.
            guard
                case .contents(let bytes) = try BoundedFileReader.read(inbox + "/" + name, limit: Self.maximumFileSize)
            else { continue }
            taken.append(name)
            let text = BareNormalization.normalized(bytes)
            let digest = SHA256.hash(data: text)
            guard seen.insert(digest).inserted else { continue }
            lines += Self.record(text: text, digest: digest, source: name)
        }
        if !lines.isEmpty {
            try Syscall.writeAll(store, lines, path: storePath)
            try Syscall.fsync(store, path: storePath)
        }
        for name in taken where rename(inbox + "/" + name, processed + "/" + name) != 0 && errno != ENOENT {
            throw SystemCallError(call: "rename", path: inbox + "/" + name, errno: Errno(rawValue: errno))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The peer's record: the first line as the title, the rest as the body.
    private static func record(text: [UInt8], digest: SHA256Digest, source: String) -> [UInt8] {
        let lineEnd = text.firstIndex(of: 0x0A) ?? text.endIndex
        let hex = String(unsafeUninitializedCapacity: 64) { buffer in
            for (index, byte) in digest.enumerated() {
                buffer[2 * index] = hexDigits[Int(byte >> 4)]
                buffer[2 * index + 1] = hexDigits[Int(byte & 0x0F)]
            }
            return 64
        }
        var record = JSONObjectWriter(reservingCapacity: text.count + 256)
        record.field("id", String(hex.prefix(16)))
        record.field("sha256", hex)
        record.field("source", source)
        record.field("title", String(decoding: text[..<lineEnd], as: UTF8.self))
        let body = text[lineEnd...].drop { [0x0A, 0x20, 0x09].contains($0) }.dropLast()
        record.field("body", String(decoding: body, as: UTF8.self))
        return record.finish()
    }
}
