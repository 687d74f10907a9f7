import Foundation
import Glibc
import IngestSystem
import Logging
import SystemPackage

/// The watcher thread's state and loop: inotify descriptors ↔ folders, files settling.
///
/// `@unchecked Sendable` because it is handed to the watcher thread once, at start, and used
/// by that thread alone from then on; the only other contact is the wake-up eventfd.
final class WatchLoop: @unchecked Sendable {
    private static let directoryMask: InotifyEvent.Mask = [
        .closeWrite, .movedTo, .create, .deleteSelf, .moveSelf, .onlyDirectory, .excludeUnlinked,
    ]

    private let root: String
    private let options: InboxWatcher.Options
    private let pollsOnly: Bool
    private let logger: Logger
    private let sink: @Sendable (InboxEvent) -> Void
    private let wakeDescriptor: Int32
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

    init(
        root: String, options: InboxWatcher.Options, fileSystem: FileSystemKind, logger: Logger,
        sink: @escaping @Sendable (InboxEvent) -> Void, wakeDescriptor: Int32
    ) throws(SystemCallError) {
        self.root = root
        self.options = options
        self.pollsOnly = !fileSystem.seesAllWrites
        self.logger = logger
        self.sink = sink
        self.wakeDescriptor = wakeDescriptor
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

    /// Runs until the wake descriptor is written.
    func run() {
        rescan(.startup)
        warnAboutLimits()
        var fds = [
            pollfd(fd: inotify.descriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakeDescriptor, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            let ready = Glibc.poll(&fds, 2, timeoutMilliseconds())
            if ready < 0 && Glibc.errno != EINTR {
                logger.error("poll on the inbox watcher failed: errno \(Glibc.errno); retrying in 1 s")
                Glibc.sleep(1)
                continue
            }
            if fds[1].revents != 0 { return }
            if fds[0].revents != 0 { drainEvents() }
            if inboxMissing { restoreInbox() }
            releaseSettled()
            if ContinuousClock.now >= nextRescan { rescan(.periodic) }
        }
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
                if !ready.isEmpty { sink(.ready(ready)) }
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
        if !ready.isEmpty { sink(.ready(ready)) }
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
        if !ready.isEmpty { sink(.ready(ready)) }
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
        if !ready.isEmpty { sink(.ready(ready)) }
        sink(.rescanned(reason: reason, found: ready.count))
        nextRescan = .now + (pollsOnly ? options.pollInterval : options.rescanInterval)
    }

    private func loseInbox() {
        guard !inboxMissing else { return }
        for watch in folders.keys { inotify.removeWatch(watch) }
        folders.removeAll()
        settling.removeAll()
        rootWatch = -1
        inboxMissing = true
        sink(.inboxLost(path: root))
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
        sink(.inboxRestored(path: root))
        rescan(.restored)
    }
}
