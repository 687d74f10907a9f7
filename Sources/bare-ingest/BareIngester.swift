import CIngestLinux
import Crypto
import Glibc

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
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
            let (mask, length) = buffer.withUnsafeBytes {
                (
                    $0.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                    Int($0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                )
            }
            if mask & UInt32(IN_Q_OVERFLOW) != 0 { return try listInbox() }
            let name = buffer[(offset + header)..<(offset + header + length)].prefix { $0 != 0 }
            if let first = name.first, first != UInt8(ascii: ".") {
                let text = String(decoding: name, as: UTF8.self)
                if seen.insert(text).inserted { names.append(text) }
            }
            offset += header + length
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
            lines += Array(#"{"id":""#.utf8) + hex.prefix(16) + Array(#"","sha256":""#.utf8) + hex
            lines += Array(#"","source":"#.utf8)
            Self.appendJSONString(Array(name.utf8)[...], to: &lines)
            lines += Array(#","title":"#.utf8)
            Self.appendJSONString(text[..<lineEnd], to: &lines)
            lines += Array(#","body":"#.utf8)
            Self.appendJSONString(text[lineEnd...].drop { [0x0A, 0x20, 0x09].contains($0) }.dropLast(), to: &lines)
            lines += [UInt8(ascii: "}"), UInt8(ascii: "\n")]
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

    fileprivate static func hex(_ digest: SHA256Digest) -> [UInt8] {
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in digest {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
        return hex
    }

    /// UTF-8 `text` as a JSON string, quotes included, appended to `json`: runs that need no
    /// escape are copied whole.
    fileprivate static func appendJSONString(_ text: ArraySlice<UInt8>, to json: inout [UInt8]) {
        json.append(UInt8(ascii: "\""))
        text.withUnsafeBufferPointer { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                json.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                switch byte {
                case 0x0A: json += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case ..<0x20: json += Array("\\u00".utf8) + [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
                default: json += [UInt8(ascii: "\\"), byte]
                }
            }
            json.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        json.append(UInt8(ascii: "\""))
    }
}
