import Foundation
import Testing

/// Nothing is ever overwritten: a name already taken in `processed/` or `rejected/` gets a
/// numbered suffix.
@Suite("Names already taken")
struct NameCollisionTests {
    @Test("a second same.txt becomes same.1.txt in processed/, a second bad.txt bad.1.txt in rejected/")
    func numberedSuffixes() async throws {
        let factory = ArticleFactory(series: "collisions")
        let first = factory.article(1)
        let second = factory.article(2)
        let inbox = try TestInbox()
        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }

        try inbox.drop(first.data, as: "same.txt")
        #expect(await waitUntil(timeout: .seconds(15)) { inbox.processedFiles == ["same.txt"] })
        try inbox.drop(second.data, as: "same.txt")
        #expect(await waitUntil(timeout: .seconds(15)) { inbox.processedFiles == ["same.1.txt", "same.txt"] })
        try inbox.drop(Data(), as: "bad.txt")
        #expect(await waitUntil(timeout: .seconds(15)) { inbox.rejectedFiles == ["bad.txt"] })
        try inbox.drop(Data("x".utf8), as: "bad.txt")
        #expect(await waitUntil(timeout: .seconds(15)) { inbox.rejectedFiles == ["bad.1.txt", "bad.txt"] })

        #expect(FileManager.default.contents(atPath: inbox.processed + "/same.txt") == first.data)
        #expect(FileManager.default.contents(atPath: inbox.processed + "/same.1.txt") == second.data)
        #expect(try inbox.records().map(\.source) == ["same.txt", "same.txt"])
        let firstReason = try inbox.reason(forRejected: "bad.txt")
        let secondReason = try inbox.reason(forRejected: "bad.1.txt")
        #expect(firstReason.rule == "empty")
        #expect(secondReason.rule == "too-short")
        #expect(secondReason.file == "bad.1.txt" && secondReason.source == "bad.txt")
        #expect(await daemon.stop() == .status(0))
    }
}
