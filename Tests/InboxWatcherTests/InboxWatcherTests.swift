import Foundation
import InboxWatcher
import Logging
import Synchronization
import Testing

/// The watcher on a real inotify inbox.
@Suite("Watching a real inbox")
struct InboxWatcherTests {
    /// Collects what the watcher reports, from its thread.
    final class Recorder: Sendable {
        private let events = Mutex<[InboxEvent]>([])

        func record(_ event: InboxEvent) { events.withLock { $0.append(event) } }

        var readyPaths: [String] {
            events.withLock { events in
                events.flatMap { event -> [String] in
                    if case .ready(let paths) = event { return paths }
                    return []
                }
            }
        }

        var all: [InboxEvent] { events.withLock { $0 } }

        func wait(timeout: Duration = .seconds(10), until condition: (Recorder) -> Bool) async -> Bool {
            let deadline = ContinuousClock.now + timeout
            while ContinuousClock.now < deadline {
                if condition(self) { return true }
                try? await Task.sleep(for: .milliseconds(20))
            }
            return condition(self)
        }
    }

    private func makeInbox() throws -> String {
        let path = NSTemporaryDirectory() + "ingestd-watch-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func start(_ inbox: String, settle: Duration = .milliseconds(200)) throws -> (InboxWatcher, Recorder) {
        let recorder = Recorder()
        let watcher = try InboxWatcher(
            root: inbox, options: .init(rescanInterval: .seconds(300), settleTime: settle),
            logger: Logger(label: "test"), sink: { recorder.record($0) })
        return (watcher, recorder)
    }

    @Test func reportsClosedWritesAndRenamesButNotPartialNames() async throws {
        let inbox = try makeInbox()
        defer { try? FileManager.default.removeItem(atPath: inbox) }
        let (watcher, recorder) = try start(inbox)
        defer { watcher.stop() }
        #expect(await recorder.wait { $0.all.contains(.rescanned(reason: .startup, found: 0)) })

        try "written in place".write(toFile: inbox + "/a.txt", atomically: false, encoding: .utf8)
        try "still downloading".write(toFile: inbox + "/b.part", atomically: false, encoding: .utf8)
        #expect(await recorder.wait { $0.readyPaths.contains("a.txt") })
        try FileManager.default.moveItem(atPath: inbox + "/b.part", toPath: inbox + "/b.txt")
        #expect(await recorder.wait { $0.readyPaths.contains("b.txt") })
        #expect(!recorder.readyPaths.contains("b.part"))
    }

    @Test func itsThreadIsNamedForTheKernel() async throws {
        let inbox = try makeInbox()
        defer { try? FileManager.default.removeItem(atPath: inbox) }
        let (watcher, recorder) = try start(inbox)
        defer { watcher.stop() }
        // The thread names itself before its catch-up scan, so once the scan is reported
        // the name is there (among the test process's other threads).
        #expect(await recorder.wait { $0.all.contains(.rescanned(reason: .startup, found: 0)) })
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task")) ?? []
        let names = tasks.compactMap { try? String(contentsOfFile: "/proc/self/task/\($0)/comm", encoding: .utf8) }
        #expect(names.contains("ingestd-watcher\n"), "threads: \(names)")
    }

    @Test func catchUpScanFindsWhatWasThereBefore() async throws {
        let inbox = try makeInbox()
        defer { try? FileManager.default.removeItem(atPath: inbox) }
        try FileManager.default.createDirectory(atPath: inbox + "/iran/2026", withIntermediateDirectories: true)
        try "old".write(toFile: inbox + "/iran/2026/old.txt", atomically: false, encoding: .utf8)
        try "hidden".write(toFile: inbox + "/.hidden", atomically: false, encoding: .utf8)
        let (watcher, recorder) = try start(inbox, settle: .zero)
        defer { watcher.stop() }
        #expect(await recorder.wait { $0.readyPaths == ["iran/2026/old.txt"] })
    }

    @Test func foldersMovedInWholeAreScannedAndWatched() async throws {
        let inbox = try makeInbox()
        let staging = try makeInbox()
        defer {
            try? FileManager.default.removeItem(atPath: inbox)
            try? FileManager.default.removeItem(atPath: staging)
        }
        let (watcher, recorder) = try start(inbox, settle: .zero)
        defer { watcher.stop() }
        try FileManager.default.createDirectory(atPath: staging + "/topic/sub", withIntermediateDirectories: true)
        try "one".write(toFile: staging + "/topic/one.txt", atomically: false, encoding: .utf8)
        try "two".write(toFile: staging + "/topic/sub/two.txt", atomically: false, encoding: .utf8)
        try FileManager.default.moveItem(atPath: staging + "/topic", toPath: inbox + "/topic")
        #expect(await recorder.wait { Set($0.readyPaths) == ["topic/one.txt", "topic/sub/two.txt"] })

        try "three".write(toFile: inbox + "/topic/sub/three.txt", atomically: false, encoding: .utf8)
        #expect(await recorder.wait { $0.readyPaths.contains("topic/sub/three.txt") }, "the moved-in folder is watched")
    }

    @Test func aScanHoldsBackFilesStillBeingWritten() async throws {
        let inbox = try makeInbox()
        defer { try? FileManager.default.removeItem(atPath: inbox) }
        try "fresh".write(toFile: inbox + "/fresh.txt", atomically: false, encoding: .utf8)
        let written = ContinuousClock.now
        let (watcher, recorder) = try start(inbox, settle: .seconds(4))
        defer { watcher.stop() }
        #expect(await recorder.wait { $0.all.contains(.rescanned(reason: .startup, found: 0)) })
        // Checked only while the settle time surely has not passed (a loaded machine may be slow to get here).
        if ContinuousClock.now - written < .seconds(3) {
            #expect(recorder.readyPaths.isEmpty, "modified seconds ago: it may still be being written")
        }
        #expect(await recorder.wait(timeout: .seconds(15)) { $0.readyPaths == ["fresh.txt"] })
    }

    @Test func aDeletedInboxIsRecreatedWithItsModeAndWatchedAgain() async throws {
        let inbox = try makeInbox()
        defer { try? FileManager.default.removeItem(atPath: inbox) }
        #expect(chmod(inbox, 0o2770) == 0)
        let (watcher, recorder) = try start(inbox)
        defer { watcher.stop() }
        try FileManager.default.removeItem(atPath: inbox)
        #expect(await recorder.wait { $0.all.contains(.inboxLost(path: inbox)) })
        #expect(await recorder.wait { $0.all.contains(.inboxRestored(path: inbox)) })
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: inbox)[.posixPermissions] as? Int)
        #expect(mode & 0o7777 == 0o2770, "a shared inbox stays shared")
        try "after".write(toFile: inbox + "/after.txt", atomically: false, encoding: .utf8)
        #expect(await recorder.wait { $0.readyPaths.contains("after.txt") })
    }
}
