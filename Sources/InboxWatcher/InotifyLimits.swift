import IngestSystem

/// The kernel's inotify limits (`/proc/sys/fs/inotify`), and whether an inbox fits in them.
public struct InotifyLimits: Equatable, Sendable {
    public var maxUserWatches: Int
    public var maxQueuedEvents: Int
    public var maxUserInstances: Int

    public init(maxUserWatches: Int, maxQueuedEvents: Int, maxUserInstances: Int) {
        self.maxUserWatches = maxUserWatches
        self.maxQueuedEvents = maxQueuedEvents
        self.maxUserInstances = maxUserInstances
    }

    /// Reads the running kernel's limits; `nil` where /proc is not readable.
    public static func current(read: (String) -> String? = InotifyLimits.readProcFile) -> InotifyLimits? {
        func value(_ name: String) -> Int? {
            read("/proc/sys/fs/inotify/" + name).flatMap { Int($0.split(separator: "\n").first ?? "") }
        }
        guard let watches = value("max_user_watches"), let queued = value("max_queued_events"),
            let instances = value("max_user_instances")
        else { return nil }
        return InotifyLimits(maxUserWatches: watches, maxQueuedEvents: queued, maxUserInstances: instances)
    }

    /// Warnings for an inbox of `directories` folders: each needs a watch, and the watches are
    /// shared with every other program of the same user.
    public func warnings(directories: Int) -> [String] {
        var warnings: [String] = []
        if directories * 2 > maxUserWatches {
            warnings.append(
                "the inbox has \(directories) folders but fs.inotify.max_user_watches is \(maxUserWatches): "
                    + "new folders may go unwatched (caught only by periodic rescans); "
                    + "raise it with sysctl fs.inotify.max_user_watches=\(max(8192, directories * 4))")
        }
        if maxQueuedEvents < 1024 {
            warnings.append(
                "fs.inotify.max_queued_events is \(maxQueuedEvents): bursts will overflow the queue and "
                    + "force full rescans; raise it with sysctl fs.inotify.max_queued_events=16384")
        }
        return warnings
    }

    public static func readProcFile(_ path: String) -> String? {
        guard case .contents(let bytes)? = try? BoundedFileReader.read(path, limit: 4096) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
