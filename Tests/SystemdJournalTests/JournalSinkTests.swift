import Logging
import SystemdJournal
import Testing

@Suite struct JournalSinkTests {
    private func logger(_ sink: JournalSink) -> Logger {
        Logger(label: "resilience") { label in JournalLogHandler(label: label, sink: sink, metadataProvider: nil) }
    }

    private func warnings(_ lines: [String]) -> [String] {
        lines.filter { $0.contains("journal unavailable") }
    }

    @Test func staleSocketFallsBackToStderrOnceWarned() throws {
        let dead = try TestSocket()
        dead.closeLeavingStaleFile()  // the socket file exists, nobody listens: ECONNREFUSED
        let collector = LineCollector()
        let sink = JournalSink(identifier: "ingestd", socketPath: dead.path, fallback: collector.output)
        let logger = logger(sink)

        for index in 0..<1_000 { logger.info("entry \(index)", metadata: ["index": "\(index)"]) }

        let lines = collector.lines
        #expect(warnings(lines).count == 1)
        #expect(warnings(lines).first?.hasPrefix("ingestd: journal unavailable (sendmsg to \(dead.path): ") == true)
        #expect(warnings(lines).first?.contains("refused") == true)
        #expect(warnings(lines).first?.hasSuffix("logging to stderr until it comes back\n") == true)
        #expect(lines.count == 1_001)
        #expect(lines.last?.hasSuffix(" info resilience: entry 999 index=999\n") == true)
        #expect(sink.entriesWrittenToFallback == 1_000)
        #expect(!sink.isJournalAvailable)
    }

    @Test func missingSocketFallsBackToStderr() throws {
        let collector = LineCollector()
        let sink = JournalSink(socketPath: TestSocket.deadPath(), fallback: collector.output)
        let logger = logger(sink)
        for index in 0..<1_000 { logger.warning("entry \(index)") }
        #expect(warnings(collector.lines).count == 1)
        #expect(warnings(collector.lines).first?.contains("No such file or directory") == true)
        #expect(collector.lines.filter { $0.contains(" warning resilience: entry ") }.count == 1_000)
    }

    @Test func stalledJournaldDoesNotBlockLogging() throws {
        let stalled = try TestSocket()  // bound but never read, like a SIGSTOPped journald
        let collector = LineCollector()
        let sink = JournalSink(socketPath: stalled.path, stallTimeout: .milliseconds(20), fallback: collector.output)
        let logger = logger(sink)

        // More entries than any unix datagram queue holds (net.unix.max_dgram_qlen: 10 by default, 512 under
        // systemd): the first ones are queued, the rest must go to the fallback instead of blocking.
        let total = 2_000
        for index in 0..<total { logger.info("entry \(index)") }

        let queued = stalled.drain().count
        #expect(queued > 0)
        #expect(queued < total)
        #expect(warnings(collector.lines).count == 1)
        #expect(warnings(collector.lines).first?.contains("Resource temporarily unavailable") == true)
        #expect(sink.entriesWrittenToFallback == total - queued)
        #expect(collector.lines.count == total - queued + 1)
    }

    @Test func journalComingBackEndsTheOutage() throws {
        let receiver = try TestSocket()
        let collector = LineCollector()
        let sink = JournalSink(identifier: "ingestd", socketPath: receiver.path, fallback: collector.output)
        let logger = logger(sink)

        receiver.closeLeavingStaleFile()
        logger.error("lost one")
        logger.error("lost two")
        #expect(!sink.isJournalAvailable)

        let revived = try TestSocket(path: receiver.path)  // journald restarted: a new socket, same path
        logger.notice("back again")

        #expect(sink.isJournalAvailable)
        let first = TestSocket.decodeNative(try #require(revived.receive()))
        #expect(first.contains { $0.name == "MESSAGE" && $0.value == Array("back again".utf8) })
        let notice = TestSocket.decodeNative(try #require(revived.receive()))
        #expect(notice.contains { $0.name == "ENTRIES_MISSED" && $0.value == Array("2".utf8) })
        #expect(notice.contains { $0.name == "PRIORITY" && $0.value == Array("4".utf8) })
        #expect(notice.allSatisfy { JournalField.isValidName($0.name) })

        let lines = collector.lines
        #expect(warnings(lines).count == 1)
        #expect(lines.filter { $0.contains("lost one") || $0.contains("lost two") }.count == 2)
        #expect(lines.last == "ingestd: journal is back; 2 entries went to stderr while it was unavailable\n")
        #expect(sink.entriesWrittenToFallback == 2)
    }
}
