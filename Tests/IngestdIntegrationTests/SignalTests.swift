import Foundation
import Glibc
import Testing

/// SIGTERM stops cleanly; SIGHUP re-reads the settings.
@Suite("Signals")
struct SignalTests {
    /// The signals that ask for a graceful stop.
    enum StopSignal: String, CaseIterable, Sendable, CustomStringConvertible {
        case terminate = "SIGTERM"
        case interrupt = "SIGINT"

        var number: Int32 { self == .terminate ? SIGTERM : SIGINT }
        var description: String { rawValue }
    }

    @Test(
        "SIGTERM or SIGINT: exit status 0, the store intact, the lock free for the next daemon",
        arguments: StopSignal.allCases)
    func terminate(_ signal: StopSignal) async throws {
        let factory = ArticleFactory(series: "stop-\(signal)")
        let inbox = try TestInbox()
        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }
        for number in 1...3 { try inbox.drop(factory.article(number).data, as: "a\(number).txt") }
        #expect(await waitUntil(timeout: .seconds(15)) { inbox.processedFiles.count == 3 })
        let before = FileManager.default.contents(atPath: inbox.store)

        daemon.send(signal.number)
        #expect(await daemon.waitForExit() == .status(0))
        #expect(daemon.log.contains("stopping:"))
        #expect(FileManager.default.contents(atPath: inbox.store) == before)
        #expect(try inbox.records().count == 3)
        let next = try await DaemonProcess.start(inbox)
        defer { next.kill() }
        #expect(await next.stop() == .status(0))
    }

    @Test("SIGTERM during a burst: exit 0, and every input moved out of the inbox is stored")
    func terminateDuringBurst() async throws {
        let count = 600
        let inbox = try TestInbox()
        let names = try inbox.stageArticles(count, from: ArticleFactory(series: "sigterm-burst"))
        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }
        try inbox.dropStaged(names)
        try #require(await waitUntil(timeout: .seconds(60), every: .milliseconds(20)) { inbox.storedLineCount >= 50 })

        #expect(await daemon.stop() == .status(0))
        let records = try inbox.records()
        let processed = inbox.processedFiles
        #expect(Set(records.map(\.source)) == Set(processed), "stored and moved out must be the same files")
        #expect(processed.count + inbox.inboxFiles.count == count)
    }

    @Test("SIGHUP reloads the config file: min-body-length 5000 rejects a normal article as too-short")
    func reload() async throws {
        let factory = ArticleFactory(series: "sighup")
        let inbox = try TestInbox()
        let config = inbox.root + "/ingestd.conf"
        try inbox.write(Data("# test config\nmin-body-length = 80\n".utf8), to: config)
        let daemon = try await DaemonProcess.start(inbox, arguments: ["--config", config])
        defer { daemon.kill() }
        try inbox.drop(factory.article(1).data, as: "before.txt")
        #expect(await waitUntil(timeout: .seconds(15)) { inbox.processedFiles == ["before.txt"] })

        try inbox.write(Data("# test config\nmin-body-length = 5000\n".utf8), to: config)
        daemon.send(SIGHUP)
        #expect(await daemon.waitForLog("reloaded"), "log:\n\(daemon.log)")
        let after = factory.article(2)
        try #require(after.body.count < 5_000)
        try inbox.drop(after.data, as: "after.txt")

        #expect(await waitUntil(timeout: .seconds(15)) { inbox.rejectedFiles == ["after.txt"] })
        let reason = try inbox.reason(forRejected: "after.txt")
        #expect(reason.rule == "too-short")
        #expect(reason.reason.contains("5,000") || reason.reason.contains("5000"), "reason: \(reason.reason)")
        #expect(try inbox.records().map(\.source) == ["before.txt"])
        #expect(daemon.isRunning)
        #expect(await daemon.stop() == .status(0))
    }

    @Test("SIGHUP with a broken config file: reload fails, the running settings stay, the daemon goes on")
    func reloadFailure() async throws {
        let inbox = try TestInbox()
        let config = inbox.root + "/ingestd.conf"
        try inbox.write(Data("min-body-length = 80\n".utf8), to: config)
        let daemon = try await DaemonProcess.start(inbox, arguments: ["--config", config])
        defer { daemon.kill() }

        try inbox.write(Data("min-body-lenght = 5000\n".utf8), to: config)
        daemon.send(SIGHUP)
        #expect(await daemon.waitForLog("reload failed"), "log:\n\(daemon.log)")
        #expect(!daemon.log.contains("reloaded"))
        try inbox.drop(ArticleFactory(series: "bad-reload").article(1).data, as: "still-80.txt")
        #expect(await waitUntil(timeout: .seconds(15)) { inbox.processedFiles == ["still-80.txt"] })
        #expect(await daemon.stop() == .status(0))
    }
}
