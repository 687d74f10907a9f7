import Crypto
import Dispatch
import Glibc
import Synchronization

/// What this machine can do at best for the same files, measured in the same run: read and
/// SHA-256 every file in one process (one thread, and two), and the fsyncs a store needs
/// (one `write` of 100 lines plus one `fsync`, on a file in the store's folder).
///
/// The floor rate is one file's best read-and-hash time plus a hundredth of that commit.
///
/// For latency, the floor is one line's `write` plus `fsync` after the same idle pause the
/// latency drops have: no file can be durable sooner than that. Measured here, an `fsync`
/// after an idle pause costs about twice one right after another, so the two are reported
/// apart.
///
/// Apart from the floor, and left out of it as the issue defines it: the renames a burst
/// takes, the bench's into the inbox and the program's out to `processed/`. Linux takes the
/// file system's one rename lock (`s_vfs_rename_mutex`, in `lock_rename`) for every rename
/// between two directories, so these run one at a time whichever process makes them. Timed
/// here on one thread, in one folder after the other: about what a burst's renames take
/// where both happen, not an exact bound.
struct FloorMeasurement: Codable, Sendable {
    var files: Int
    var readHashOneThreadFilesPerSecond: Double
    var readHashTwoThreadsFilesPerSecond: Double
    /// Median time of writing 100 store lines and fsyncing them, milliseconds.
    var commit100LinesMilliseconds: Double
    /// Milliseconds of writing one store line and fsyncing it, after an idle pause like the
    /// latency drops' (`nil` in results written before it was measured).
    var idleCommitMilliseconds: Percentiles?
    /// The average store line the commit wrote, bytes.
    var lineBytes: Int
    /// 100 ÷ the commit time: the rate the fsyncs alone would allow.
    var fsyncFilesPerSecond: Double
    /// The floor: the best read-and-hash time per file plus a hundredth of the commit.
    var filesPerSecond: Double
    /// Files per second of renaming every file into an inbox and then out to a processed
    /// folder, one after another (the median of three): about the most a burst can reach where
    /// both happen (`nil` in results written before it was measured).
    var renameInAndOutFilesPerSecond: Double?

    static let linesPerCommit = 100

    /// Measures on `paths` (repeated `repeats` times each, the median kept) and commits in `folder`.
    static func measure(
        paths: [String], lineBytes: Int, folder: String, repeats: Int = 3, commits: Int = 30,
        idleCommits: Int = 100, idle: Duration = .milliseconds(20)
    ) throws(BenchError) -> FloorMeasurement {
        var one: [Double] = []
        var two: [Double] = []
        for _ in 0..<repeats {
            one.append(try readAndHash(paths, threads: 1))
            two.append(try readAndHash(paths, threads: 2))
        }
        let commit =
            Statistics.median(
                try commitTimes(lines: linesPerCommit, lineBytes: lineBytes, folder: folder, commits: commits)) ?? 0
        let idleCommit = Percentiles(
            try commitTimes(lines: 1, lineBytes: lineBytes, folder: folder, commits: idleCommits, idle: idle)
                .map { $0 * 1000 })
        func rate(_ files: Double, _ seconds: Double?) -> Double {
            guard let seconds, seconds > 0 else { return 0 }
            return files / seconds
        }
        var moves: [Double] = []
        for _ in 0..<repeats { moves.append(try renameInAndOut(paths, folder: folder + "/moves")) }
        let oneRate = rate(Double(paths.count), Statistics.median(one))
        let twoRate = rate(Double(paths.count), Statistics.median(two))
        let best = max(oneRate, twoRate)
        let perFile = (best > 0 ? 1 / best : 0) + commit / Double(linesPerCommit)
        return FloorMeasurement(
            files: paths.count, readHashOneThreadFilesPerSecond: oneRate, readHashTwoThreadsFilesPerSecond: twoRate,
            commit100LinesMilliseconds: commit * 1000, idleCommitMilliseconds: idleCommit, lineBytes: lineBytes,
            fsyncFilesPerSecond: rate(Double(linesPerCommit), commit), filesPerSecond: rate(1, perFile),
            renameInAndOutFilesPerSecond: rate(Double(paths.count), Statistics.median(moves)))
    }

    /// Seconds to read and hash every file, split over `threads`.
    private static func readAndHash(_ paths: [String], threads: Int) throws(BenchError) -> Double {
        let failure = Mutex<BenchError?>(nil)
        let started = ContinuousClock.now
        DispatchQueue.concurrentPerform(iterations: threads) { part in
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            var index = part
            while index < paths.count {
                let path = paths[index]
                index += threads
                let fd = open(path, O_RDONLY | O_CLOEXEC)
                guard fd >= 0 else {
                    let error = BenchError.system("open", path, errno: errno)
                    failure.withLock { $0 = error }
                    return
                }
                var hasher = SHA256()
                while true {
                    let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
                    if count <= 0 { break }
                    buffer.withUnsafeBytes {
                        hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[0..<count]))
                    }
                }
                close(fd)
                _ = hasher.finalize()
            }
        }
        let elapsed = (ContinuousClock.now - started).seconds
        if let error = failure.withLock({ $0 }) { throw error }
        return elapsed
    }

    /// Seconds to rename every file (a hard link of it) from a staging folder into an inbox,
    /// then from the inbox into a processed folder, as a burst does; all three are in `folder`
    /// (removed afterwards), on the file system of the sessions' folders.
    private static func renameInAndOut(_ paths: [String], folder: String) throws(BenchError) -> Double {
        let staging = folder + "/staging"
        let inbox = folder + "/inbox"
        let processed = folder + "/processed"
        try Files.remove(folder)
        for made in [staging, inbox, processed] { try Files.makeDirectories(made) }
        defer { try? Files.remove(folder) }
        let names = paths.map { path in path.split(separator: "/").last.map(String.init) ?? path }
        for (path, name) in zip(paths, names) { try Files.link(path, to: staging + "/" + name) }
        let started = ContinuousClock.now
        for name in names { try Files.rename(staging + "/" + name, to: inbox + "/" + name) }
        for name in names { try Files.rename(inbox + "/" + name, to: processed + "/" + name) }
        return (ContinuousClock.now - started).seconds
    }

    /// Seconds of each of `commits` appends of `lines` lines of `lineBytes` and an fsync, on a fresh
    /// file in `folder`, each after `idle` (none by default).
    private static func commitTimes(
        lines: Int, lineBytes: Int, folder: String, commits: Int, idle: Duration = .zero
    ) throws(BenchError) -> [Double] {
        let path = folder + "/floor-commit.jsonl"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .system("open", path, errno: errno) }
        defer {
            close(fd)
            unlink(path)
        }
        var line = [UInt8](repeating: UInt8(ascii: "x"), count: max(1, lineBytes - 1))
        line.append(0x0A)
        var batch: [UInt8] = []
        for _ in 0..<lines { batch += line }
        var times: [Double] = []
        for _ in 0..<commits {
            if idle > .zero { usleep(UInt32(idle.seconds * 1_000_000)) }
            let started = ContinuousClock.now
            let written = batch.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard written == batch.count else { throw .system("write", path, errno: errno) }
            guard fsync(fd) == 0 else { throw .system("fsync", path, errno: errno) }
            times.append((ContinuousClock.now - started).seconds)
        }
        return times
    }
}
