import Foundation
import IngestSystem
import Synchronization
import SystemPackage

/// Scans a long stretch of the store on every core. Computing each stored body's similarity
/// fingerprint again is most of a full scan's work, and lines are independent: the stretch is
/// cut at line ends into one part per core, ``StoreScanner`` reads each part on a thread of its
/// own, and the parts' results are joined in store order, as one scan would have found them.
///
/// A store opened without a usable index file (a first start after an upgrade, a store
/// restored from a backup, an index file deleted) is read whole: with 1,003,000 articles that
/// took 24.7 s on one core here.
enum ParallelStoreScan {
    /// A stretch shorter than this is read on the calling thread, and one this long or longer
    /// is given a part per core only as long as each part keeps this much: the tail an index
    /// file leaves is usually a few lines, not worth a thread.
    static let minimumPartBytes: Int64 = 8 << 20

    /// ``StoreScanner/scan(_:path:from:upTo:firstLine:fingerprint:read:)`` from `start` to the
    /// end of the file, on up to `threads` threads, as many as the stretch has `minimumPartBytes`
    /// for. Meanwhile the calling thread tells `progress` the bytes read so far: at once, every
    /// `interval`, and when all is read (not at all for a stretch read on the calling thread).
    /// It also asks `shouldStop` every tenth of a second: once that says yes, the parts stop at
    /// their next chunk and the scan returns `nil`.
    static func scan(
        _ descriptor: FileDescriptor, path: String, from start: Int64, firstLine: Int, threads: Int,
        minimumPartBytes: Int64 = minimumPartBytes, reportEvery interval: Duration = .seconds(1),
        progress: (Int64) -> Void = { _ in }, shouldStop: () -> Bool = { false },
        fingerprint: @escaping @Sendable (ArraySlice<UInt8>) -> UInt64
    ) throws(SystemCallError) -> StoreScanner.Result? {
        let size = try Syscall.status(descriptor, path: path).size
        guard size - start >= max(1, minimumPartBytes) else {
            return try StoreScanner.scan(
                descriptor, path: path, from: start, firstLine: firstLine, fingerprint: fingerprint)
        }
        let parts = Int(min(Int64(max(1, threads)), (size - start) / max(1, minimumPartBytes)))
        var cuts = [start]
        for part in 1..<max(1, parts) {
            let share = start + (size - start) * Int64(part) / Int64(parts)
            let cut = try lineStart(atOrAfter: share, in: descriptor, path: path, size: size)
            // A line longer than a share swallows the next cut.
            if let last = cuts.last, cut > last, cut < size { cuts.append(cut) }
        }
        let bounds = cuts
        let results = Mutex<[Result<StoreScanner.Result, SystemCallError>?]>(Array(repeating: nil, count: bounds.count))
        let state = ScanState()
        let finished = DispatchSemaphore(value: 0)
        for part in bounds.indices {
            let thread = Thread {
                Syscall.nameCurrentThread("ingestd-scan")
                // Every part but the last ends right after a newline; the last runs to the end of
                // the file, as a single scan would, and holds any torn tail.
                let end = part + 1 < bounds.count ? bounds[part + 1] : nil
                let result = Result { () throws(SystemCallError) in
                    try StoreScanner.scan(
                        descriptor, path: path, from: bounds[part], upTo: end, firstLine: 1, fingerprint: fingerprint,
                        read: { state.read($0) })
                }
                results.withLock { $0[part] = result }
                finished.signal()
            }
            thread.start()
        }
        // Reported at once, then every `interval`: the caller may have to tell a service manager
        // before its start timeout that the start goes on.
        progress(0)
        let slice = DispatchTimeInterval.nanoseconds(Int(min(interval, .milliseconds(100)) / .nanoseconds(1)))
        var done = 0
        var nextReport = ContinuousClock.now + interval
        while done < bounds.count {
            if finished.wait(timeout: .now() + slice) == .success { done += 1 }
            if !state.isStopped, shouldStop() { state.stop() }
            if !state.isStopped, ContinuousClock.now >= nextReport {
                progress(state.bytesRead)
                nextReport = .now + interval
            }
        }
        if state.isStopped { return nil }
        progress(state.bytesRead)
        let scanned = results.withLock { $0 }
        // Every part but the last ends right after a newline, unless the file changed under the
        // scan (the store lock keeps other ingestd processes out, not every program): read it
        // again, cut anew.
        if scanned.dropLast().contains(where: { (try? $0?.get())?.tornTail.isEmpty == false }) {
            return try scan(
                descriptor, path: path, from: start, firstLine: firstLine, threads: threads,
                minimumPartBytes: minimumPartBytes, reportEvery: interval, progress: progress,
                shouldStop: shouldStop, fingerprint: fingerprint)
        }
        return try join(scanned, start: start, firstLine: firstLine)
    }

    /// What the parts' threads share: the bytes they have read together, and whether to stop.
    private final class ScanState: Sendable {
        private let bytes = Atomic<Int64>(0)
        private let stopped = Atomic<Bool>(false)

        /// Counts a chunk read; whether to read on.
        func read(_ count: Int) -> Bool {
            bytes.add(Int64(count), ordering: .relaxed)
            return !isStopped
        }

        var bytesRead: Int64 { bytes.load(ordering: .relaxed) }

        func stop() { stopped.store(true, ordering: .relaxed) }

        var isStopped: Bool { stopped.load(ordering: .relaxed) }
    }

    /// The parts' results as one scan's: line numbers counted on across parts.
    private static func join(
        _ parts: [Result<StoreScanner.Result, SystemCallError>?], start: Int64, firstLine: Int
    ) throws(SystemCallError) -> StoreScanner.Result {
        var joined = StoreScanner.Result()
        joined.completeSize = start
        // Exactly as long as needed: the store keeps these arrays as its index.
        let articles = parts.reduce(0) { $0 + ((try? $1?.get())?.hashes.count ?? 0) }
        joined.hashes.reserveCapacity(articles)
        joined.offsets.reserveCapacity(articles)
        joined.fingerprints.reserveCapacity(articles)
        var linesBefore = firstLine - 1
        for part in parts {
            guard let part else { preconditionFailure("a part of the store scan has no result") }
            let result = try part.get()
            joined.hashes.append(contentsOf: result.hashes)
            joined.offsets.append(contentsOf: result.offsets)
            joined.fingerprints.append(contentsOf: result.fingerprints)
            for line in result.malformedLines where joined.malformedLines.count < StoreScanner.reportedMalformedLines {
                joined.malformedLines.append(linesBefore + line)
            }
            joined.malformedCount += result.malformedCount
            joined.lines += result.lines
            linesBefore += result.lines
            joined.completeSize = result.completeSize
            joined.tornTail = result.tornTail
        }
        return joined
    }

    /// The offset of the first line that starts at `offset` or after it (`size` if none does).
    static func lineStart(
        atOrAfter offset: Int64, in descriptor: FileDescriptor, path: String, size: Int64
    ) throws(SystemCallError) -> Int64 {
        guard offset > 0 else { return 0 }
        // A line starts at `offset` when the byte before it is a newline.
        var position = offset - 1
        var block = [UInt8](repeating: 0, count: 64 * 1024)
        while position < size {
            let count: Int
            do {
                count = try block.withUnsafeMutableBytes { try descriptor.read(fromAbsoluteOffset: position, into: $0) }
            } catch {
                throw SystemCallError(call: "read", path: path, error: error)
            }
            guard count > 0 else { break }
            if let newline = block[0..<count].firstIndex(of: UInt8(ascii: "\n")) {
                return position + Int64(newline) + 1
            }
            position += Int64(count)
        }
        return size
    }
}
