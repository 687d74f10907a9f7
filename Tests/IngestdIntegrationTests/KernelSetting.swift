import Foundation

/// A kernel tunable under `/proc/sys`, read and written as text.
struct KernelSetting {
    let path: String

    /// `fs.inotify.max_queued_events`: read by the kernel at each `inotify_init`.
    static let maxQueuedInotifyEvents = KernelSetting(path: "/proc/sys/fs/inotify/max_queued_events")

    /// The current value; `nil` if it cannot be read.
    func read() -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Sets it; `false` if /proc/sys is not writable here.
    @discardableResult
    func write(_ value: String) -> Bool {
        guard let file = try? OpenFile(creating: path) else { return false }
        guard (try? file.write(Data((value + "\n").utf8))) != nil, (try? file.close()) != nil else { return false }
        return read() == value
    }
}
