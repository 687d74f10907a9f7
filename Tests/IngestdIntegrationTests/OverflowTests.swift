import Foundation
import Glibc
import Testing

/// When the kernel's inotify queue overflows, events are lost: a full rescan must find every
/// file anyway.
@Suite("Inotify queue overflow", .serialized)
struct OverflowTests {
    @Test("500 files arriving while the daemon is stopped overflow a 64-event queue; all are stored after a rescan")
    func overflowTriggersRescan() async throws {
        let setting = KernelSetting.maxQueuedInotifyEvents
        let inbox = try TestInbox()
        let factory = ArticleFactory(series: "overflow")
        var names = try inbox.stageArticles(500, from: factory)

        // The kernel takes the limit at inotify_init: lower it only while this daemon starts,
        // and let no other test's daemon start meanwhile.
        await InotifyLimitGate.shared.acquireExclusive()
        var holdingGate = true
        defer { if holdingGate { InotifyLimitGate.shared.releaseExclusive() } }
        let original = setting.read()
        let lowered = original != nil && setting.write("64")
        defer { if lowered, let original { setting.write(original) } }

        let daemon = try await DaemonProcess.start(inbox, gate: nil)
        defer { daemon.kill() }
        if lowered, let original { #expect(setting.write(original), "could not restore \(setting.path)") }
        InotifyLimitGate.shared.releaseExclusive()
        holdingGate = false
        // Where /proc/sys is read-only, overflow the default queue (16,384 events) instead.
        if !lowered { names = try inbox.stageArticles(17_000, from: factory) }

        daemon.send(SIGSTOP)
        try inbox.dropStaged(names)
        daemon.send(SIGCONT)

        try await inbox.expectEachStoredOnce(names)
        #expect(daemon.log.contains("overflowed"), "no overflow warning in the log")
        #expect(await daemon.stop() == .status(0))
    }
}
