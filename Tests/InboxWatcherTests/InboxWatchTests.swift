import CIngestLinux
import Foundation
import Glibc
import InboxWatcher
import Logging
import Testing

/// The watch driven by hand, as the daemon's working thread drives it: wait, then step.
@Suite("Driving the inbox watch from one thread")
struct InboxWatchTests {
    private func makeInbox() throws -> String {
        let path = NSTemporaryDirectory() + "ingestd-inboxwatch-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func makeEventDescriptor() throws -> Int32 {
        let descriptor = eventfd(0, Int32(EFD_CLOEXEC | EFD_NONBLOCK))
        try #require(descriptor >= 0)
        return descriptor
    }

    /// Runs `body` on a started watch of a new inbox, with a staging folder beside it to
    /// rename files in from and an eventfd as the other descriptor; removes it all afterwards.
    private func withWatchedInbox(
        _ body: (_ inbox: String, _ staging: String, _ watch: InboxWatch, _ other: Int32) throws -> Void
    ) throws {
        let inbox = try makeInbox()
        let staging = try makeInbox()
        defer {
            try? FileManager.default.removeItem(atPath: inbox)
            try? FileManager.default.removeItem(atPath: staging)
        }
        let other = try makeEventDescriptor()
        defer { close(other) }
        let watch = try InboxWatch(root: inbox, options: .init(), logger: Logger(label: "test"))
        _ = watch.start()
        try body(inbox, staging, watch, other)
    }

    private func readyPaths(_ events: [InboxEvent]) -> [String] {
        events.flatMap { event -> [String] in
            if case .ready(let paths) = event { return paths }
            return []
        }
    }

    @Test func nothingIsReadUntilStartThenTheCatchUpScanFindsWhatWasThere() throws {
        let inbox = try makeInbox()
        defer { try? FileManager.default.removeItem(atPath: inbox) }
        try "old".write(toFile: inbox + "/old.txt", atomically: false, encoding: .utf8)
        let watch = try InboxWatch(
            root: inbox, options: .init(settleTime: .zero), logger: Logger(label: "test"))
        let found = watch.start()
        #expect(readyPaths(found) == ["old.txt"])
        #expect(found.contains(.rescanned(reason: .startup, found: 1)))
    }

    @Test func aRenameWakesTheWaitAndTheStepHandsItOver() throws {
        try withWatchedInbox { inbox, staging, watch, other in
            let idle = watch.wait(alsoFor: other, atMost: 0)
            #expect(!idle.inbox && !idle.other, "nothing has happened yet")

            try "new".write(toFile: staging + "/new.txt", atomically: false, encoding: .utf8)
            try FileManager.default.moveItem(atPath: staging + "/new.txt", toPath: inbox + "/new.txt")
            let woken = watch.wait(alsoFor: other, atMost: 10_000)
            #expect(woken.inbox)
            #expect(!woken.other)
            #expect(readyPaths(watch.step(readable: woken.inbox)) == ["new.txt"])
            #expect(watch.step(readable: false).isEmpty, "each event is handed over once")
        }
    }

    /// Reading stops at the first read that leaves room for another event (no read to hear
    /// `EAGAIN`), so a queue longer than one read's buffer (256 KiB) must still come in whole,
    /// and a drop after the step must wake the next wait.
    @Test func aQueueLongerThanOneReadComesInOneStepAndLaterDropsStillWake() throws {
        try withWatchedInbox { inbox, staging, watch, other in
            // 2,000 events of 16 + 224 bytes each (the name and its NUL padded to 16): about
            // 469 KiB queued, two reads' worth.
            let padding = String(repeating: "n", count: 200)
            let names = (0..<2000).map { "\(padding)-\($0).txt" }
            // Written first, then renamed in one tight loop: the events queue up within moments,
            // even on a machine busy with the other tests.
            let written = names.filter {
                FileManager.default.createFile(atPath: staging + "/" + $0, contents: Data("x".utf8))
            }
            try #require(written.count == names.count)
            let moved = names.filter { rename(staging + "/" + $0, inbox + "/" + $0) == 0 }
            try #require(moved.count == names.count)
            let woken = watch.wait(alsoFor: other, atMost: 10_000)
            #expect(woken.inbox)
            let events = watch.step(readable: woken.inbox)
            let ready = readyPaths(events)
            let repeated = Dictionary(grouping: ready, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
            #expect(
                ready.count == names.count,
                "each file once; repeated: \(repeated.prefix(5)), events: \(events.map { event -> String in if case .ready(let paths) = event { return "ready(\(paths.count))" }; return "\(event)" })"
            )
            #expect(Set(ready) == Set(names))

            #expect(FileManager.default.createFile(atPath: staging + "/late.txt", contents: Data("x".utf8)))
            #expect(rename(staging + "/late.txt", inbox + "/late.txt") == 0)
            let again = watch.wait(alsoFor: other, atMost: 10_000)
            #expect(again.inbox)
            #expect(readyPaths(watch.step(readable: again.inbox)) == ["late.txt"])
        }
    }

    @Test func theOtherDescriptorWakesTheWaitToo() throws {
        try withWatchedInbox { _, _, watch, other in
            var one: UInt64 = 1
            #expect(write(other, &one, 8) == 8)
            let woken = watch.wait(alsoFor: other, atMost: 10_000)
            #expect(woken.other)
            #expect(!woken.inbox)
        }
    }
}
