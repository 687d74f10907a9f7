import Glibc
import IngestCore
import IngestSystem
import SimilarityIndex
import SystemPackage

/// The store's index kept on disk beside it (`<store>.index`), so a restart reads a few
/// bytes per article instead of every line of the store.
///
/// It is a cache, never the truth: it is written without `fsync`, and at open it is used only
/// if it proves it matches the store (same file, covered size within the store, a checksum
/// over its entries, and its last entry naming the line that really stands at that offset).
/// Anything else and the store is scanned in full and the file written anew. The part of the
/// store written after the file was last brought up to date is always scanned.
///
/// Layout, little-endian: a 64-byte header (magic, version, entry size, entry count, covered
/// store size, entry checksum, store inode, line count), then 48-byte entries (SHA-256, line
/// offset, similarity fingerprint) in store order.
struct StoreIndexFile {
    /// What the header says the entries cover.
    struct Coverage: Equatable {
        var entries: Int
        /// Bytes of the store, from the start, that the entries account for.
        var storeSize: Int64
        /// Lines in that part of the store, article or not.
        var lines: Int
    }

    /// One article as the file holds it.
    struct Entry: Equatable {
        var hash: ContentHash
        /// Where the article's line starts in the store.
        var offset: UInt64
        /// The similarity fingerprint of its body.
        var fingerprint: UInt64
    }

    /// A usable index read from disk.
    struct Loaded {
        /// The content hash of each article, in store order.
        var hashes: [ContentHash]
        /// Where each article's line starts.
        var offsets: [UInt64]
        /// The similarity fingerprint of each article's body.
        var fingerprints: [UInt64]
        var coverage: Coverage
        var checksum: UInt64
    }

    static let headerSize = 64
    static let entrySize = 48
    static let version: UInt32 = 1
    private static let magic = Array("INGESTIX".utf8)

    let path: String
    private let storeIdentity: UInt64

    /// Entries known to be written to the file, and their running checksum.
    private(set) var written: Coverage = Coverage(entries: 0, storeSize: 0, lines: 0)
    private var checksum: UInt64 = 0
    private var descriptor: FileDescriptor?

    init(store: String, storeIdentity: UInt64) {
        path = store + ".index"
        self.storeIdentity = storeIdentity
    }

    // MARK: Reading

    /// Reads the index if it is sound and matches `store`; otherwise says why not.
    func load(store: FileDescriptor, storeSize: Int64) -> Result<Loaded, Unusable> {
        let raw = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        if raw < 0 { return .failure(.missing) }
        let file = FileDescriptor(rawValue: raw)
        defer { try? file.close() }
        var header = [UInt8](repeating: 0, count: Self.headerSize)
        guard Self.read(file, into: &header, at: 0) == Self.headerSize else {
            return .failure(.damaged("short header"))
        }
        guard Array(header[0..<8]) == Self.magic else { return .failure(.damaged("not an ingestd index")) }
        guard header.load(UInt32.self, at: 8) == Self.version,
            header.load(UInt32.self, at: 12) == UInt32(Self.entrySize)
        else { return .failure(.damaged("another index version")) }
        let count = Int(truncatingIfNeeded: header.load(UInt64.self, at: 16))
        let covered = Int64(truncatingIfNeeded: header.load(UInt64.self, at: 24))
        let expectedChecksum = header.load(UInt64.self, at: 32)
        let identity = header.load(UInt64.self, at: 40)
        let lines = Int(truncatingIfNeeded: header.load(UInt64.self, at: 48))
        guard identity == storeIdentity else { return .failure(.stale("it was made for another store file")) }
        guard count >= 0, lines >= count, covered >= 0, covered <= storeSize else {
            return .failure(.stale("it covers more than the store holds"))
        }
        var hashes: [ContentHash] = []
        var offsets: [UInt64] = []
        var fingerprints: [UInt64] = []
        hashes.reserveCapacity(count)
        offsets.reserveCapacity(count)
        fingerprints.reserveCapacity(count)
        var sum: UInt64 = 0
        var chunk = [UInt8](repeating: 0, count: Self.entrySize * 21_845)  // about 1 MiB
        var offset = Int64(Self.headerSize)
        while hashes.count < count {
            let wanted = min(count - hashes.count, chunk.count / Self.entrySize) * Self.entrySize
            guard Self.read(file, into: &chunk, at: offset, count: wanted) == wanted else {
                return .failure(.damaged("entries missing"))
            }
            offset += Int64(wanted)
            chunk.withUnsafeBytes { raw in
                for start in stride(from: 0, to: wanted, by: Self.entrySize) {
                    let entry = Self.decode(raw, at: start)
                    sum &+= Self.checksum(of: entry)
                    hashes.append(entry.hash)
                    offsets.append(entry.offset)
                    fingerprints.append(entry.fingerprint)
                }
            }
        }
        guard sum == expectedChecksum else { return .failure(.damaged("checksum mismatch")) }
        let last = hashes.last.flatMap { hash in offsets.last.map { (hash: hash, offset: $0) } }
        if let problem = Self.verifyBoundary(store: store, covered: covered, last: last) {
            return .failure(.stale(problem))
        }
        return .success(
            Loaded(
                hashes: hashes, offsets: offsets, fingerprints: fingerprints,
                coverage: Coverage(entries: count, storeSize: covered, lines: lines),
                checksum: sum))
    }

    /// Why an index on disk cannot be used.
    enum Unusable: Error, Equatable, CustomStringConvertible {
        case missing
        case damaged(String)
        case stale(String)

        var description: String {
            switch self {
            case .missing: "there is no index file"
            case .damaged(let why): "the index file is damaged (\(why))"
            case .stale(let why): "the index file does not match the store (\(why))"
            }
        }
    }

    /// The covered part must end a line, and the last entry must name the line at its offset.
    private static func verifyBoundary(
        store: FileDescriptor, covered: Int64, last: (hash: ContentHash, offset: UInt64)?
    ) -> String? {
        if covered > 0 {
            var byte = [UInt8](repeating: 0, count: 1)
            guard read(store, into: &byte, at: covered - 1) == 1, byte[0] == UInt8(ascii: "\n") else {
                return "its covered part does not end a line"
            }
        }
        guard let last else { return nil }
        var head = [UInt8](repeating: 0, count: 128)
        let got = read(store, into: &head, at: Int64(last.offset))
        guard got > 0, StoredLine.leadingHash(in: head[0..<got]) == last.hash else {
            return "its last entry does not name the line at offset \(last.offset)"
        }
        if last.offset > 0 {
            var byte = [UInt8](repeating: 0, count: 1)
            guard read(store, into: &byte, at: Int64(last.offset) - 1) == 1, byte[0] == UInt8(ascii: "\n") else {
                return "its last entry does not start a line"
            }
        }
        return nil
    }

    // MARK: Writing

    /// Starts the file afresh with these entries (after a full scan), replacing any old one.
    mutating func rewrite(_ entries: some Collection<Entry>, coverage: Coverage) throws(SystemCallError) {
        close()
        let temporary = path + ".new"
        _ = Glibc.unlink(temporary)
        let raw = try Syscall.retrying("open", path: temporary) {
            Glibc.open(temporary, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        }
        let file = FileDescriptor(rawValue: raw)
        descriptor = file
        written = Coverage(entries: 0, storeSize: 0, lines: 0)
        checksum = 0
        do {
            try writeHeader()
            try append(entries, coverage: coverage)
            try Syscall.retrying("rename", path: path) { Glibc.rename(temporary, path) }
        } catch {
            close()
            _ = Glibc.unlink(temporary)
            throw error
        }
    }

    /// Opens the loaded file for appending to it.
    mutating func resume(after loaded: Loaded) throws(SystemCallError) {
        close()
        let raw = try Syscall.retrying("open", path: path) { Glibc.open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW) }
        descriptor = FileDescriptor(rawValue: raw)
        written = loaded.coverage
        checksum = loaded.checksum
    }

    /// Adds entries for lines committed since the last call, then updates the header.
    ///
    /// A crash between the two leaves a header that still describes what it did before.
    mutating func append(_ entries: some Collection<Entry>, coverage: Coverage) throws(SystemCallError) {
        guard let descriptor else { return }
        if !entries.isEmpty {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(entries.count * Self.entrySize)
            var sum = checksum
            for entry in entries {
                Self.encode(entry, into: &bytes)
                sum &+= Self.checksum(of: entry)
            }
            let at = Int64(Self.headerSize + written.entries * Self.entrySize)
            try writeAll(descriptor, bytes, at: at)
            checksum = sum
        }
        written = coverage
        try writeHeader()
    }

    mutating func close() {
        try? descriptor?.close()
        descriptor = nil
    }

    private func writeHeader() throws(SystemCallError) {
        guard let descriptor else { return }
        var header = Self.magic
        header.append(little: Self.version)
        header.append(little: UInt32(Self.entrySize))
        header.append(little: UInt64(written.entries))
        header.append(little: UInt64(written.storeSize))
        header.append(little: checksum)
        header.append(little: storeIdentity)
        header.append(little: UInt64(written.lines))
        header.append(contentsOf: [UInt8](repeating: 0, count: Self.headerSize - header.count))
        try writeAll(descriptor, header, at: 0)
    }

    private func writeAll(_ file: FileDescriptor, _ bytes: [UInt8], at offset: Int64) throws(SystemCallError) {
        do {
            _ = try file.writeAll(toAbsoluteOffset: offset, bytes)
        } catch {
            throw SystemCallError(call: "pwrite", path: path, error: error)
        }
    }

    // MARK: Encoding

    private static func encode(_ entry: Entry, into bytes: inout [UInt8]) {
        let words = entry.hash.words
        for word in [words.0, words.1, words.2, words.3, entry.offset, entry.fingerprint] {
            bytes.append(little: word)
        }
    }

    private static func decode(_ bytes: UnsafeRawBufferPointer, at start: Int) -> Entry {
        func word(_ at: Int) -> UInt64 {
            UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: start + at, as: UInt64.self))
        }
        return Entry(
            hash: ContentHash(words: (word(0), word(8), word(16), word(24))), offset: word(32), fingerprint: word(40))
    }

    /// Mixes every field of an entry into one word; the file's checksum is their sum, so it
    /// grows with each append without rereading what is written.
    static func checksum(of entry: Entry) -> UInt64 {
        let words = entry.hash.words
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for word in [words.0, words.1, words.2, words.3, entry.offset, entry.fingerprint] {
            state = Hash64.mix((state ^ word) &+ 0x9E37_79B9_7F4A_7C15)
        }
        return state
    }

    /// Reads up to `count` bytes (all of `buffer` by default) at `offset`; 0 on error.
    private static func read(
        _ file: FileDescriptor, into buffer: inout [UInt8], at offset: Int64, count: Int? = nil
    ) -> Int {
        let wanted = count ?? buffer.count
        var total = 0
        while total < wanted {
            let got = buffer.withUnsafeMutableBytes { raw in
                try? file.read(
                    fromAbsoluteOffset: offset + Int64(total),
                    into: UnsafeMutableRawBufferPointer(rebasing: raw[total..<wanted]))
            }
            guard let got, got > 0 else { break }
            total += got
        }
        return total
    }
}

extension [UInt8] {
    fileprivate mutating func append<Word: FixedWidthInteger>(little word: Word) {
        Swift.withUnsafeBytes(of: word.littleEndian) { append(contentsOf: $0) }
    }

    fileprivate func load<Word: FixedWidthInteger>(_: Word.Type, at offset: Int) -> Word {
        withUnsafeBytes { Word(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: Word.self)) }
    }
}
