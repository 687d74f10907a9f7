import Foundation
import Glibc
import Testing

/// A daemon killed outright loses nothing and stores nothing twice.
@Suite("Crash safety")
struct CrashSafetyTests {
    @Test("SIGKILL in the middle of a 3,000-file burst, then a restart: every article stored exactly once")
    func killMidBurst() async throws {
        let count = 3_000
        let inbox = try TestInbox()
        let names = try inbox.stageArticles(count, from: ArticleFactory(series: "crash"))
        let first = try await DaemonProcess.start(inbox)
        defer { first.kill() }

        try inbox.dropStaged(names)
        try #require(await waitUntil(timeout: .seconds(60), every: .milliseconds(20)) { inbox.storedLineCount >= 300 })
        first.kill()
        #expect(await first.waitForExit() == .signal(SIGKILL))
        let storedAtKill = inbox.storedLineCount
        #expect(storedAtKill < count, "the burst was over before the kill: nothing was tested")

        let second = try await DaemonProcess.start(inbox)
        defer { second.kill() }
        try await inbox.expectEachStoredOnce(names)
        #expect(await second.stop() == .status(0))
    }
}
