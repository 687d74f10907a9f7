import Logging
import SystemdJournal
import Testing

@Suite struct LogTargetTests {
    @Test func parsesFromCommandLineWords() {
        #expect(LogTarget.allCases == [.journal, .stderr, .auto])
        #expect(LogTarget(rawValue: "journal") == .journal)
        #expect(LogTarget(rawValue: "stderr") == .stderr)
        #expect(LogTarget(rawValue: "auto") == .auto)
        #expect(LogTarget(rawValue: "syslog") == nil)
    }

    @Test func autoPicksTheJournalForServicesWhoseJournalSocketExists() throws {
        let socket = try TestSocket()
        let service = ["JOURNAL_STREAM": "8:12345"]
        #expect(LogTarget.auto.resolve(socketPath: socket.path, environment: service) == .journal)
        #expect(LogTarget.auto.resolve(socketPath: socket.path, environment: [:]) == .stderr)  // a terminal
        #expect(LogTarget.auto.resolve(socketPath: TestSocket.deadPath(), environment: service) == .stderr)
        #expect(LogTarget.auto.resolve(socketPath: "/tmp", environment: service) == .stderr)  // not a socket
        #expect(LogTarget.journal.resolve(socketPath: TestSocket.deadPath()) == .journal)
        #expect(LogTarget.stderr.resolve(socketPath: socket.path) == .stderr)
    }

    @Test func factoryMakesTheHandlerForTheResolvedTarget() throws {
        let socket = try TestSocket()
        let journal = LogHandlerFactory(
            target: .auto, identifier: "factory-test", logLevel: .debug, socketPath: socket.path,
            environment: ["JOURNAL_STREAM": "8:1"])
        #expect(journal.target == .journal)
        #expect(journal.sink?.identifier == "factory-test")
        let handler = journal.makeHandler(label: "a")
        #expect(handler is JournalLogHandler)
        #expect(handler.logLevel == .debug)

        // Both handlers share the factory's sink: what one logs arrives through the same socket.
        Logger(label: "a") { _ in handler }.debug("one")
        Logger(label: "b") { journal.makeHandler(label: $0) }.debug("two")
        let messages = socket.drain().compactMap { TestSocket.decodeNative($0).first { $0.name == "MESSAGE" }?.value }
        #expect(messages == [Array("one".utf8), Array("two".utf8)])

        let stderr = LogHandlerFactory(
            target: .auto, socketPath: TestSocket.deadPath(), environment: ["JOURNAL_STREAM": "8:1"])
        #expect(stderr.target == .stderr)
        #expect(stderr.sink == nil)
        #expect(stderr.makeHandler(label: "b") is StderrLogHandler)
    }
}
