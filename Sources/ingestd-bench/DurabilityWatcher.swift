import CIngestLinux
import Glibc

/// Sees inputs become durable: both ingestd and the peer move a file out of the inbox into the
/// processed folder only after its line is fsynced, so each `IN_MOVED_TO` there is one file
/// done, timestamped the moment the bench wakes up for it.
///
/// Should the kernel's event queue overflow, arrivals are counted by listing the folder instead.
final class DurabilityWatcher {
    let folder: String
    private let descriptor: Int32
    private var buffer: [UInt8]
    /// Files that arrived since the watch began.
    private(set) var arrivals = 0
    /// Whether the event queue overflowed (arrivals are then counted by listing).
    private(set) var overflowed = false
    private let alreadyThere: Int

    init(folder: String) throws(BenchError) {
        self.folder = folder
        buffer = [UInt8](repeating: 0, count: 1 << 20)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw .system("inotify_init1", folder, errno: errno) }
        guard inotify_add_watch(descriptor, folder, UInt32(IN_MOVED_TO)) >= 0 else {
            let code = errno
            close(descriptor)
            throw .system("inotify_add_watch", folder, errno: code)
        }
        alreadyThere = Files.count(in: folder)
    }

    deinit {
        close(descriptor)
    }

    /// Waits until `target` files have arrived in all; returns when the last one did, or
    /// `nil` at `deadline` or once `tick` returns `false`. `tick` runs at most once every
    /// `interval`, with the count so far: the bench must not compete for the CPU it measures.
    func wait(
        forTotal target: Int, until deadline: ContinuousClock.Instant, interval: Duration = .milliseconds(50),
        tick: (Int) -> Bool = { _ in true }
    ) -> ContinuousClock.Instant? {
        let milliseconds = Int32(
            interval.components.seconds * 1000 + interval.components.attoseconds / 1_000_000_000_000_000)
        var lastTick = ContinuousClock.now
        while true {
            if arrivals >= target { return ContinuousClock.now }
            let now = ContinuousClock.now
            if now >= deadline { return nil }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            _ = poll(&poller, 1, max(1, milliseconds))
            drain()
            let woke = ContinuousClock.now
            if arrivals >= target { return woke }
            guard woke - lastTick >= interval else { continue }
            lastTick = woke
            if overflowed {
                // Events were lost: count what is there, once an interval, not once a wake-up.
                arrivals = Files.count(in: folder) - alreadyThere
                if arrivals >= target { return woke }
            }
            if !tick(arrivals) { return nil }
        }
    }

    /// Reads every queued event and counts the arrivals.
    private func drain() {
        var seen = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            buffer.withUnsafeBytes { raw in
                var offset = 0
                while offset + MemoryLayout<inotify_event>.size <= count {
                    let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let nameLength = raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)
                    if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                        overflowed = true
                    } else if mask & UInt32(IN_MOVED_TO) != 0 {
                        seen += 1
                    }
                    offset += MemoryLayout<inotify_event>.size + Int(nameLength)
                }
            }
        }
        if !overflowed { arrivals += seen }
    }
}
