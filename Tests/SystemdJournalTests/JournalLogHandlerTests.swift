import Foundation
import Logging
import SystemdJournal
import Testing

/// End-to-end: entries logged through swift-log, read back from a real journald with journalctl.
@Suite struct JournalLogHandlerTests {
    private let identifier = "sj-test-\(UUID().uuidString)"
    private let collector = LineCollector()

    private func makeLogger() throws -> Logger {
        try JournaldFixture.ensureRunning()
        let sink = JournalSink(identifier: identifier, fallback: collector.output)
        var logger = Logger(label: "test.label") { JournalLogHandler(label: $0, sink: sink, metadataProvider: nil) }
        logger.logLevel = .trace
        return logger
    }

    private func readBack(atLeast count: Int) throws -> [[String: [String]]] {
        let entries = try JournaldFixture.entries(identifier: identifier, atLeast: count)
        #expect(collector.lines.isEmpty, "nothing should have gone to the fallback")
        return entries
    }

    @Test func mapsEachLevelToItsPriority() throws {
        let logger = try makeLogger()
        let levels: [Logger.Level] = [.trace, .debug, .info, .notice, .warning, .error, .critical]
        for level in levels { logger.log(level: level, "level \(level)") }

        let entries = try readBack(atLeast: levels.count)
        let priorities = Dictionary(entries.map { ($0["MESSAGE"]?.first ?? "", $0["PRIORITY"]?.first ?? "") }) { $1 }
        #expect(
            priorities == [
                "level trace": "7", "level debug": "7", "level info": "6", "level notice": "5",
                "level warning": "4", "level error": "3", "level critical": "2",
            ])
        #expect(levels.map(JournalLogHandler.priority(for:)) == [7, 7, 6, 5, 4, 3, 2])
    }

    @Test func sendsMessageIdentifierAndSourceLocation() throws {
        let logger = try makeLogger()
        let line = #line + 1
        logger.info("hello journal")

        let entry = try #require(try readBack(atLeast: 1).first)
        #expect(entry["MESSAGE"] == ["hello journal"])
        #expect(entry["SYSLOG_IDENTIFIER"] == [identifier])
        #expect(entry["LOGGER_LABEL"] == ["test.label"])
        #expect(entry["CODE_FILE"]?.first?.hasSuffix("JournalLogHandlerTests.swift") == true)
        #expect(entry["CODE_LINE"] == [String(line)])
        #expect(entry["CODE_FUNC"]?.first?.hasPrefix("sendsMessageIdentifierAndSourceLocation") == true)
    }

    @Test func sendsMetadataUnderSanitizedNamesAndNeverDropsIt() throws {
        var logger = try makeLogger()
        logger[metadataKey: "handler-key"] = "from handler"
        logger[metadataKey: "shared"] = "handler loses"
        logger.info(
            "with metadata",
            metadata: [
                "request-id": "abc-123",
                "_pid": "not the real pid",
                "2fa": "yes",
                "shared": "call wins",
                "message": "not the message",
                "priority": "not the priority",
                "ключ": "no usable characters",
                "nested": ["list": ["a", "b"], "n": "1"],
            ])

        let entry = try #require(try readBack(atLeast: 1).first)
        #expect(entry["MESSAGE"] == ["with metadata"])
        #expect(entry["PRIORITY"] == ["6"])
        #expect(entry["HANDLER_KEY"] == ["from handler"])
        #expect(entry["REQUEST_ID"] == ["abc-123"])
        #expect(entry["PID"] == ["not the real pid"])
        #expect(entry["F_2FA"] == ["yes"])
        #expect(entry["SHARED"] == ["call wins"])
        #expect(entry["META_MESSAGE"] == ["not the message"])
        #expect(entry["META_PRIORITY"] == ["not the priority"])
        #expect(entry["METADATA"] == ["ключ=no usable characters"])
        let nested = try #require(entry["NESTED"]?.first)
        #expect(nested.contains(#""list": ["a", "b"]"#) && nested.contains(#""n": "1""#))
    }

    @Test func keepsMultiLineAndLargeValuesIntact() throws {
        let logger = try makeLogger()
        let multiLine = "first line\nsecond line\n\n\tindented = with equals\n"
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let large = String(
            (0..<100_000).map { (index: Int) -> Character in
                index % 100 == 99 ? "\n" : alphabet[index % 26]
            })
        logger.warning("first\nsecond", metadata: ["stack": "\(multiLine)", "blob": "\(large)"])

        let entry = try #require(try readBack(atLeast: 1).first)
        #expect(entry["MESSAGE"] == ["first\nsecond"])
        #expect(entry["STACK"] == [multiLine])
        #expect(entry["BLOB"]?.first?.utf8.count == 100_000)
        #expect(entry["BLOB"] == [large])
    }

    @Test func turnsTheMessageIDKeyIntoMessageID() throws {
        let logger = try makeLogger()
        let id = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        logger.notice("catalogued", metadata: [JournalLogHandler.messageIDKey: "\(id)"])

        let entry = try #require(try readBack(atLeast: 1).first)
        #expect(JournalLogHandler.messageIDKey == "message_id")
        #expect(entry["MESSAGE_ID"] == [id])
        #expect(entry["META_MESSAGE_ID"] == nil)
    }

    @Test func sendsMetadataProviderValuesAndTheCallsError() throws {
        try JournaldFixture.ensureRunning()
        let sink = JournalSink(identifier: identifier, fallback: collector.output)
        let provider = Logger.MetadataProvider { ["trace-id": "t-42"] }
        let logger = Logger(label: "provided") { JournalLogHandler(label: $0, sink: sink, metadataProvider: provider) }
        struct Failure: Error, CustomStringConvertible { var description: String { "disk on fire" } }
        logger.error("failed", error: Failure())

        let entry = try #require(try readBack(atLeast: 1).first)
        #expect(entry["TRACE_ID"] == ["t-42"])
        #expect(entry["ERROR"] == ["disk on fire"])
        #expect(entry["PRIORITY"] == ["3"])
    }
}
