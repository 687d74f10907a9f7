import Foundation
import Glibc
import IngestSystem
import Logging
import SystemPackage

/// The inbox's inotify watches and what they say, for whichever thread waits on them: the
/// daemon's working thread (so that a file dropped into an idle inbox is read by the thread
/// that heard of it, with no hand-over), or ``InboxWatcher``'s own.
///
/// It maps watch descriptors to folders, watches folders as they appear, holds back files a
/// scan finds still changing, rescans on overflow and periodically, and recreates a lost inbox.
/// Not thread-safe: one thread at a time drives it through ``wait(alsoFor:atMost:)`` and
/// ``step(readable:)``. `@unchecked Sendable` only so that it can be handed to that thread
/// once, at start.
public final class InboxWatch: @unchecked Sendable {
    private static let directoryMask: InotifyEvent.Mask = [
        .closeWrite, .movedTo, .create, .deleteSelf, .moveSelf, .onlyDirectory, .excludeUnlinked,
    ]

    /// What ``wait(alsoFor:atMost:)`` woke up for.
    public struct Readiness: Sendable {
        /// The inbox has events queued: pass `readable: true` to ``step(readable:)``.
        public var inbox: Bool
        /// The other descriptor is readable.
        public var other: Bool
    }

    public let root: String
    /// The file system the inbox is on, as found at start.
    public let fileSystem: FileSystemKind
    private let options: InboxWatcher.Options
    private let pollsOnly: Bool
    private let logger: Logger
    private let inotify: Inotify
    /// Folder (relative to the inbox, "" for the inbox) of each watch descriptor.
    private var folders: [Int32: String] = [:]
    private var rootWatch: Int32 = -1
    /// Files a scan found still being modified: path → when they were last seen changing.
    private var settling: [String: Double] = [:]
    private var nextRescan: ContinuousClock.Instant
    private var inboxMissing = false
    /// The inbox's permissions when watching began, given back to it if it must be recreated
    /// (a shared inbox is typically setgid and group-writable).
    private var inboxPermissions: UInt32?
    /// What the current step found, handed out when it ends.
    private var found: [InboxEvent] = []

    /// Creates the inbox if needed and watches it: from here on, no file dropped into it is
    /// missed. Nothing is read or scanned until ``start()``.
    public init(root: String, options: InboxWatcher.Options, logger: Logger) throws(SystemCallError) {
        self.root = root
        self.options = options
        self.logger = logger
        try Syscall.makeDirectories(root)
        fileSystem = FileSystemKind(magic: (try? Syscall.fileSystemMagic(root)) ?? 0)
        pollsOnly = !fileSystem.seesAllWrites
        inotify = try Inotify()
        nextRescan = .now
        inboxPermissions = try? Syscall.linkStatus(root).permissions
        rootWatch = try inotify.addWatch(root, mask: Self.directoryMask)
        folders[rootWatch] = ""
        if case .remote(let name) = fileSystem {
            logger.warning(
                """
                inbox \(root) is on \(name): inotify does not see files written by other machines there; \
                scanning every \(options.pollInterval) instead
                """)
        }
    }

    /// The catch-up scan of what is already in the inbox (and warnings about the kernel's
    /// limits for the folders it found). Called once, before the first wait.
    public func start() -> [InboxEvent] {
        rescan(.startup)
        warnAboutLimits()
        return takeFound()
    }

    /// Waits until the inbox has events, `other` is readable, or the next step is due (a
    /// settling file, a periodic rescan), but at most `limit` milliseconds (0: just look).
    public func wait(alsoFor other: Int32, atMost limit: Int32) -> Readiness {
        var fds = [
            pollfd(fd: inotify.descriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: other, events: Int16(POLLIN), revents: 0),
        ]
        let ready = Glibc.poll(&fds, 2, min(limit, timeoutMilliseconds()))
        if ready < 0 && Glibc.errno != EINTR {
            logger.error("poll on the inbox watcher failed: errno \(Glibc.errno); retrying in 1 s")
            Glibc.sleep(1)
        }
        return Readiness(inbox: ready > 0 && fds[0].revents != 0, other: ready > 0 && fds[1].revents != 0)
    }

    /// Reads the queued events (when `readable`) and does whatever is due: recreating a lost
    /// inbox, releasing files that settled, the periodic rescan. Returns what it found.
    public func step(readable: Bool) -> [InboxEvent] {
        if readable { drainEvents() }
        if inboxMissing { restoreInbox() }
        releaseSettled()
        if ContinuousClock.now >= nextRescan { rescan(.periodic) }
        return takeFound()
    }

    private func takeFound() -> [InboxEvent] {
        defer { found.removeAll() }
        return found
    }

    private func emit(_ event: InboxEvent) {
        found.append(event)
    }

    private func timeoutMilliseconds() -> Int32 {
        if inboxMissing || !settling.isEmpty { return 200 }
        let remaining = ContinuousClock.now.duration(to: nextRescan)
        let milliseconds =
            remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(0, milliseconds) + 1)
    }

    private func drainEvents() {
        let events: [InotifyEvent]
        do {
            events = try inotify.readAvailable()
        } catch {
            logger.error("reading inotify events failed: \(error); rescanning the inbox")
            rescan(.overflow)
            return
        }
        var ready: [String] = []
        for event in events {
            if event.mask.contains(.queueOverflow) {
                if !ready.isEmpty { emit(.ready(ready)) }
                ready.removeAll()
                rescan(.overflow)
                continue
            }
            if event.watch == rootWatch && !event.mask.isDisjoint(with: [.deleteSelf, .moveSelf]) {
                loseInbox()
                continue
            }
            guard let folder = folders[event.watch] else { continue }
            if event.mask.contains(.ignored) {
                folders[event.watch] = nil
                continue
            }
            guard !event.name.isEmpty, !InboxNames.isIgnored(event.name) else { continue }
            let path = InboxNames.join(folder, event.name)
            if event.mask.contains(.isDirectory) {
                if !event.mask.isDisjoint(with: [.create, .movedTo]), !InboxNames.isPageAssetsFolder(event.name) {
                    ready += watchAndScan(folder: path)
                }
            } else if !event.mask.isDisjoint(with: [.closeWrite, .movedTo]) {
                settling[path] = nil
                ready.append(path)
            } else if event.mask.contains(.create), let status = try? Syscall.linkStatus(root + "/" + path),
                status.kind != .regular
            {
                // A symlink, FIFO or socket is complete when created and never sees IN_CLOSE_WRITE.
                ready.append(path)
            }
        }
        if !ready.isEmpty { emit(.ready(ready)) }
    }

    /// Watches a folder that appeared (and everything in it) and returns the files in it:
    /// files may land in a new folder before its watch exists. Each folder is watched before
    /// it is listed, so a file landing in between is listed or raises an event, never neither.
    private func watchAndScan(folder: String) -> [String] {
        let scan = InboxScanner.scan(root: root, folder: folder, willList: { watch([$0]) })
        return settle(scan.entries)
    }

    private func watch(_ directories: [String]) {
        for directory in directories {
            let path = directory.isEmpty ? root : root + "/" + directory
            do {
                let watch = try inotify.addWatch(path, mask: Self.directoryMask)
                folders[watch] = directory
                if directory.isEmpty { rootWatch = watch }
            } catch  where error.errno == .noSuchFileOrDirectory {
                // gone before it could be watched: nothing to watch, nothing in it to find
            } catch  where error.errno == .noSpace {
                logger.error(
                    """
                    cannot watch \(path): fs.inotify.max_user_watches is exhausted; files there are found \
                    only by periodic rescans; raise the limit with sysctl
                    """)
            } catch {
                logger.warning("cannot watch \(path): \(error)")
            }
        }
    }

    /// Splits scan entries into ready ones and ones modified too recently to trust.
    private func settle(_ entries: [InboxScanner.Entry]) -> [String] {
        let now = Date().timeIntervalSince1970
        let quiet =
            Double(options.settleTime.components.seconds)
            + Double(options.settleTime.components.attoseconds) / 1e18
        var ready: [String] = []
        for entry in entries {
            if now - entry.modified >= quiet {
                settling[entry.path] = nil
                ready.append(entry.path)
            } else {
                settling[entry.path] = entry.modified
            }
        }
        return ready
    }

    /// Re-checks held-back files: ready once unmodified for the settle time, forgotten if gone.
    private func releaseSettled() {
        guard !settling.isEmpty else { return }
        var entries: [InboxScanner.Entry] = []
        for path in settling.keys {
            if let status = try? Syscall.linkStatus(root + "/" + path) {
                entries.append(InboxScanner.Entry(path: path, modified: status.modified))
            } else {
                settling[path] = nil
            }
        }
        let ready = settle(entries)
        if !ready.isEmpty { emit(.ready(ready)) }
    }

    /// Warns when the kernel's inotify limits are too low for the folders the start-up scan found.
    private func warnAboutLimits() {
        guard let limits = InotifyLimits.current() else { return }
        for warning in limits.warnings(directories: folders.count) { logger.warning("\(warning)") }
    }

    private func rescan(_ reason: RescanReason) {
        let scan = InboxScanner.scan(root: root, willList: { watch([$0]) })
        for failure in scan.failures {
            logger.warning("cannot list \(failure.path ?? root) while scanning the inbox: \(failure)")
        }
        let ready = settle(scan.entries)
        if !ready.isEmpty { emit(.ready(ready)) }
        emit(.rescanned(reason: reason, found: ready.count))
        nextRescan = .now + (pollsOnly ? options.pollInterval : options.rescanInterval)
    }

    private func loseInbox() {
        guard !inboxMissing else { return }
        for watch in folders.keys { inotify.removeWatch(watch) }
        folders.removeAll()
        settling.removeAll()
        rootWatch = -1
        inboxMissing = true
        emit(.inboxLost(path: root))
    }

    /// Recreates and re-watches a lost inbox; tried again on every turn until it works.
    private func restoreInbox() {
        do {
            try Syscall.makeDirectories(root)
            if let inboxPermissions { try Syscall.changeMode(root, to: inboxPermissions) }
            rootWatch = try inotify.addWatch(root, mask: Self.directoryMask)
            folders[rootWatch] = ""
        } catch {
            return
        }
        inboxMissing = false
        emit(.inboxRestored(path: root))
        rescan(.restored)
    }
}
