import Foundation
import Glibc
import IngestCore
import IngestSystem
import SimilarityIndex
import SystemPackage

/// The persistent JSON-lines store: one article per line, appended durably, never rewritten.
///
/// Crash safety comes from three rules: lines are only appended; a batch counts only once
/// `fsync` has returned (``commit()``), and a failed batch is cut off again; on open, a torn
/// last line is moved to a side file. The in-memory index of content hashes answers "is this
/// article new?" without reading the file.
///
/// Owned by one task at a time: it is not `Sendable`.
public final class ArticleStore {
    public let path: String
    /// What opening found and repaired.
    public let openReport: StoreOpenReport

    private let lock: StoreLock
    private let descriptor: FileDescriptor
    private var index: ArticleIndex
    /// Fingerprints of the committed articles, by article number, for near-duplicate lookups;
    /// the newest ones wait in ``recentFingerprints`` until ``indexRecentFingerprints()``.
    public private(set) var similarityIndex: NearDuplicateIndex
    /// Where the line of each article in ``similarityIndex`` starts; the newer ones wait in
    /// ``recentOffsets`` with their fingerprints (so a snapshot shares this array as it is).
    private var indexedOffsets: [UInt64]
    private var recentOffsets: [UInt64] = []
    /// Reads committed bodies back, here and on the threads holding a snapshot.
    private let bodies: StoredBodyReader
    private var indexFile: StoreIndexFile
    /// Whether the index file is being kept up to date (it stops after a write fails).
    private var indexFileLive: Bool
    /// Bytes known to be on stable storage, and the lines in them.
    private var durableSize: Int64
    private var durableLines: Int
    private var staged: [UInt8] = []
    private var stagedCount = 0
    /// Fingerprints of the articles after those in ``similarityIndex``, committed or staged
    /// (the staged ones last), looked through one by one. They join the index only when the
    /// caller says so: a copy of the index handed to other threads stays a cheap shared copy.
    private var recentFingerprints: [UInt64] = []
    /// Shingle sets of staged and recently staged articles, by article number, so a burst of
    /// look-alike articles does not split the same bodies again and again (``bodies`` keeps
    /// those it read back).
    private var shingleCache: [Int: ShingleSet] = [:]
    private static let shingleCacheLimit = 1024

    /// Why the index file beside the store could not be written, the first time it happened
    /// since the last call; the store itself is unaffected, restarts only get slower.
    public private(set) var indexFileProblem: SystemCallError?

    /// Locks, repairs and indexes the store at `path`, creating it (and its folder) if needed.
    ///
    /// - Parameters:
    ///   - progress: told how far reading the store's lines has got, when there are 8 MiB or
    ///     more to read: at once, about once a second, and when all is read (on the calling
    ///     thread).
    ///   - shouldStop: asked during such a read, every tenth of a second; once it says yes the
    ///     read ends, nothing is changed, and ``StoreError/openStopped(store:)`` is thrown.
    public init(
        path: String, progress: (StoreReadProgress) -> Void = { _ in }, shouldStop: () -> Bool = { false }
    ) throws(StoreError) {
        self.path = path
        let folder = ArticleStore.folder(of: path)
        do {
            try Syscall.makeDirectories(folder)
        } catch {
            throw .unavailable(store: path, error)
        }
        lock = try StoreLock(store: path)
        do {
            let raw = try Syscall.retrying("open", path: path) {
                Glibc.open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o644)
            }
            descriptor = FileDescriptor(rawValue: raw)
        } catch {
            throw .unavailable(store: path, error)
        }
        do {
            bodies = try StoredBodyReader(duplicating: descriptor, path: path)
        } catch {
            try? descriptor.close()
            throw .unavailable(store: path, error)
        }
        let loaded: Result<StoreIndexFile.Loaded, StoreIndexFile.Unusable>
        let known: StoreIndexFile.Coverage
        let scanned: StoreScanner.Result?
        do {
            let status = try Syscall.status(descriptor, path: path)
            indexFile = StoreIndexFile(store: path, storeIdentity: status.inode)
            loaded = indexFile.load(store: descriptor, storeSize: status.size)
            known = (try? loaded.get())?.coverage ?? StoreIndexFile.Coverage(entries: 0, storeSize: 0, lines: 0)
            let fullReadReason: String? =
                switch loaded {
                case .success: nil
                case .failure(let unusable): unusable.description
                }
            scanned = try ParallelStoreScan.scan(
                descriptor, path: path, from: known.storeSize, firstLine: known.lines + 1,
                threads: ProcessInfo.processInfo.activeProcessorCount,
                progress: { read in
                    progress(
                        StoreReadProgress(
                            bytesRead: read, bytesToRead: status.size - known.storeSize, fullReadReason: fullReadReason)
                    )
                },
                shouldStop: shouldStop,
                fingerprint: { line in StoredLine.body(in: line).map { MinHashFingerprint.fingerprint(of: $0) } ?? 0 })
        } catch {
            try? descriptor.close()
            throw .unavailable(store: path, error)
        }
        guard let scan = scanned else {
            try? descriptor.close()
            throw .openStopped(store: path)
        }
        do {
            var tornTail: StoreOpenReport.TornTail?
            if !scan.tornTail.isEmpty {
                tornTail = try ArticleStore.setAside(scan.tornTail, of: path)
                try Syscall.truncate(descriptor, size: scan.completeSize, path: path)
                try Syscall.fsync(descriptor, path: path)
            }
            try Syscall.fsyncDirectory(folder)
            durableSize = scan.completeSize
            durableLines = known.lines + scan.lines
            let indexSource: StoreOpenReport.IndexSource
            switch loaded {
            case .success(var loaded):
                loaded.hashes.append(contentsOf: scan.hashes)
                loaded.offsets.append(contentsOf: scan.offsets)
                loaded.fingerprints.append(contentsOf: scan.fingerprints)
                index = ArticleIndex(hashes: loaded.hashes)
                indexedOffsets = loaded.offsets
                similarityIndex = NearDuplicateIndex(fingerprints: loaded.fingerprints)
                indexSource = .indexFile(covered: known.entries, scanned: scan.hashes.count)
            case .failure(let unusable):
                index = ArticleIndex(hashes: scan.hashes)
                indexedOffsets = scan.offsets
                similarityIndex = NearDuplicateIndex(fingerprints: scan.fingerprints)
                indexSource = .scan(because: unusable.description)
            }
            openReport = StoreOpenReport(
                articles: index.count,
                malformedLines: scan.malformedLines,
                malformedCount: scan.malformedCount,
                tornTail: tornTail,
                indexSource: indexSource
            )
            indexFileLive = true
            let coverage = StoreIndexFile.Coverage(entries: index.count, storeSize: durableSize, lines: durableLines)
            do throws(SystemCallError) {
                if case .success(let loaded) = loaded {
                    try indexFile.resume(after: loaded)
                    try indexFile.append(indexFileEntries(known.entries..<index.count), coverage: coverage)
                } else {
                    try indexFile.rewrite(indexFileEntries(0..<index.count), coverage: coverage)
                }
            } catch {
                indexFileProblem = error
                indexFileLive = false
                indexFile.close()
            }
        } catch {
            try? descriptor.close()
            throw .unavailable(store: path, error)
        }
    }

    deinit {
        indexFile.close()
        try? descriptor.close()
    }

    /// Distinct articles stored or staged.
    public var count: Int { index.count }

    /// The similarity fingerprint of every stored or staged article, in store order.
    var fingerprints: [UInt64] {
        (0..<similarityIndex.count).map { similarityIndex[UInt32($0)] } + recentFingerprints
    }

    /// Whether an article with this content is stored, or staged in the current batch.
    public func contains(_ hash: ContentHash) -> Bool {
        index.contains(hash)
    }

    /// Adds a record to the current batch, unless its content is already known.
    ///
    /// - Parameters:
    ///   - probe: the body's similarity probe, when made already (else it is made here).
    ///   - line: the record's JSON line, when encoded already off this thread (else it is
    ///     encoded here); it must be `record.jsonLine()`.
    /// - Returns: `false` for a duplicate. A staged record is durable only after ``commit()``.
    @discardableResult
    public func stage(_ record: ArticleRecord, probe: SimilarityProbe? = nil, line: [UInt8]? = nil) -> Bool {
        let offset = UInt64(durableSize) + UInt64(staged.count)
        guard index.insert(record.hash) else { return false }
        let probe = probe ?? SimilarityProbe(body: record.article.body)
        recentFingerprints.append(probe.fingerprint)
        recentOffsets.append(offset)
        remember(probe.shingles, for: index.count - 1)
        if let line {
            staged.append(contentsOf: line)
        } else {
            staged.append(contentsOf: record.jsonLine())
        }
        stagedCount += 1
        return true
    }

    /// Records staged since the last commit.
    public var stagedRecords: Int { stagedCount }

    /// Appends the staged records and makes them durable with one `fsync`, then brings the
    /// index file up to date (see ``commitWithoutIndexFile()`` to do that later).
    ///
    /// On failure the file is cut back to its last durable size and the staged records are
    /// forgotten, so the caller can retry the same inputs later.
    public func commit() throws(StoreError) {
        try commitWithoutIndexFile()
        indexRecentFingerprints()
        updateIndexFile()
    }

    /// ``commit()`` without the index file's update, for a caller with something more urgent
    /// to do first (telling the world the batch is durable): the caller must call
    /// ``updateIndexFile()`` afterwards. Skipping it costs nothing but a slower restart.
    public func commitWithoutIndexFile() throws(StoreError) {
        guard !staged.isEmpty else { return }
        do {
            try Syscall.writeAll(descriptor, staged, path: path)
            try Syscall.fsync(descriptor, path: path)
        } catch {
            rollBack()
            throw .writeFailed(store: path, error)
        }
        durableSize += Int64(staged.count)
        durableLines += stagedCount
        staged.removeAll(keepingCapacity: true)
        stagedCount = 0
    }

    /// Moves the committed articles' fingerprints into ``similarityIndex`` (and where their
    /// lines start beside it). Any copy of the index still held elsewhere (a
    /// ``similaritySnapshot``) makes this copy the whole index, so a caller that hands copies
    /// to other threads calls it only once they have let go. ``commit()`` calls it.
    public func indexRecentFingerprints() {
        let committed = recentFingerprints.count - stagedCount
        guard committed > 0 else { return }
        for fingerprint in recentFingerprints[..<committed] { similarityIndex.append(fingerprint) }
        indexedOffsets.append(contentsOf: recentOffsets[..<committed])
        recentFingerprints.removeFirst(committed)
        recentOffsets.removeFirst(committed)
    }

    /// The committed articles of ``similarityIndex``, for other threads to look new articles
    /// up in and compare them with (see ``SimilarityProbe``).
    public var similaritySnapshot: StoredSimilarity {
        StoredSimilarity(index: similarityIndex, offsets: indexedOffsets, bodies: bodies)
    }

    /// Articles, committed or staged, whose fingerprints are not in ``similarityIndex`` yet.
    public var recentFingerprintCount: Int { recentFingerprints.count }

    /// The fingerprint of article `number`, stored or staged.
    private func fingerprint(_ number: Int) -> UInt64 {
        number < similarityIndex.count
            ? similarityIndex[UInt32(number)] : recentFingerprints[number - similarityIndex.count]
    }

    /// Where the line of article `number`, stored or staged, starts in the store.
    private func offset(_ number: Int) -> UInt64 {
        number < indexedOffsets.count ? indexedOffsets[number] : recentOffsets[number - indexedOffsets.count]
    }

    /// Articles `numbers` as the index file holds them.
    private func indexFileEntries(_ numbers: Range<Int>) -> some Collection<StoreIndexFile.Entry> {
        numbers.lazy.map { number in
            StoreIndexFile.Entry(
                hash: self.index.hashes[number], offset: self.offset(number), fingerprint: self.fingerprint(number))
        }
    }

    /// The stored or staged article a new body most resembles, if it is a near-duplicate.
    ///
    /// - Parameters:
    ///   - probe: the new body's; its candidates (looked up here if it has none) are joined
    ///     by the articles its lookup did not see, and the nearest few are compared in full.
    ///   - hash: the new article's; an article already stored is nobody's near-duplicate.
    ///   - minimumSimilarity: the share of the shorter text's shingles the other must hold;
    ///     `nil` when near-duplicates are not looked for.
    public func nearestDuplicate(
        of probe: SimilarityProbe, for hash: ContentHash, minimumSimilarity: Double?
    ) -> NearDuplicateMatch? {
        guard let minimumSimilarity, probe.fingerprint != 0, !index.contains(hash) else { return nil }
        var candidates: [NearDuplicateIndex.Candidate]
        let searched: Int
        var compared: [UInt32: Resemblance] = [:]
        if let lookup = probe.lookup, lookup.searchedCount <= similarityIndex.count {
            (candidates, searched, compared) = (lookup.candidates, lookup.searchedCount, lookup.compared)
        } else {
            candidates = similarityIndex.candidates(
                near: probe.fingerprint, maxDistance: ShingleSimilarity.candidateDistance)
            searched = similarityIndex.count
        }
        // Stored since the lookup's snapshot was taken, or staged: a few hundred at most.
        for number in searched..<index.count {
            let distance = (fingerprint(number) ^ probe.fingerprint).nonzeroBitCount
            if distance <= ShingleSimilarity.candidateDistance {
                candidates.append(NearDuplicateIndex.Candidate(ordinal: UInt32(number), distance: distance))
            }
        }
        var best: NearDuplicateMatch?
        for candidate in Self.nearest(candidates) {
            let number = Int(candidate.ordinal)
            guard
                let resemblance = compared[candidate.ordinal]
                    ?? storedShingles(number).map({ probe.shingles.resemblance(to: $0) }),
                resemblance.isNearDuplicate(minimumContainment: minimumSimilarity),
                resemblance.containment > best?.similarity ?? 0
            else { continue }
            best = NearDuplicateMatch(articleID: index.hashes[number].articleID, similarity: resemblance.containment)
        }
        return best
    }

    /// At most this many candidates, the nearest, are compared in full: a republished copy is
    /// nearer than articles that merely share a house style (variants measured ≤ 13 bits
    /// apart, distinct articles ≥ 16).
    static let verifiedCandidates = 4

    /// The candidates compared in full: the ``verifiedCandidates`` nearest, the older article
    /// first among equally near ones (so a snapshot's probe and the store pick the same).
    static func nearest(_ candidates: [NearDuplicateIndex.Candidate]) -> ArraySlice<NearDuplicateIndex.Candidate> {
        candidates.sorted { ($0.distance, $0.ordinal) < ($1.distance, $1.ordinal) }.prefix(verifiedCandidates)
    }

    private func storedShingles(_ number: Int) -> ShingleSet? {
        if let known = shingleCache[number] { return known }
        let offset = offset(number)
        guard offset >= durableSize else { return bodies.shingles(ofArticle: number, at: offset) }
        let start = Int(offset - UInt64(durableSize))
        guard let end = staged[start...].firstIndex(of: UInt8(ascii: "\n")),
            let body = StoredLine.body(in: staged[start..<end])
        else { return nil }
        let shingles = ShingleSet(body)
        remember(shingles, for: number)
        return shingles
    }

    private func remember(_ shingles: ShingleSet, for number: Int) {
        if shingleCache.count >= Self.shingleCacheLimit { shingleCache.removeAll(keepingCapacity: true) }
        shingleCache[number] = shingles
    }

    /// Takes the index file's latest write problem, to be reported once.
    public func takeIndexFileProblem() -> SystemCallError? {
        defer { indexFileProblem = nil }
        return indexFileProblem
    }

    /// Appends the committed articles the index file lacks (it is a cache: never fsynced).
    public func updateIndexFile() {
        let committed = index.count - stagedCount
        let written = indexFile.written.entries
        guard indexFileLive, written < committed else { return }
        do {
            try indexFile.append(
                indexFileEntries(written..<committed),
                coverage: StoreIndexFile.Coverage(entries: committed, storeSize: durableSize, lines: durableLines))
        } catch {
            // The header still describes what was written before: the next start scans the rest.
            indexFileProblem = error
            indexFileLive = false
            indexFile.close()
        }
    }

    /// Forgets the staged records and cuts the file back to what is durable.
    private func rollBack() {
        for number in (index.count - stagedCount)..<index.count { shingleCache[number] = nil }
        index.removeLast(stagedCount)
        staged.removeAll(keepingCapacity: true)
        recentFingerprints.removeLast(stagedCount)
        recentOffsets.removeLast(stagedCount)
        stagedCount = 0
        // If even this fails, the partial line is a torn tail: the next open moves it aside.
        try? Syscall.truncate(descriptor, size: durableSize, path: path)
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Writes a torn tail to `<store>.torn-<time>` (never over an existing file) and syncs it.
    private static func setAside(
        _ bytes: [UInt8], of store: String
    ) throws(SystemCallError) -> StoreOpenReport.TornTail {
        let stamp = Timestamp.compact(.now)
        var attempt = 0
        while true {
            let name = store + ".torn-" + stamp + (attempt == 0 ? "" : "-\(attempt)")
            do {
                try DurableFile.create(name, contents: bytes)
                return StoreOpenReport.TornTail(bytes: bytes.count, savedTo: name)
            } catch  where error.errno == .fileExists {
                attempt += 1
            }
        }
    }
}
