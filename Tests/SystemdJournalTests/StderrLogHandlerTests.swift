import Logging
import SystemdJournal
import Testing

@Suite struct StderrLogHandlerTests {
    private func logger(_ collector: LineCollector, provider: Logger.MetadataProvider? = nil) -> Logger {
        Logger(label: "ingestd") { StderrLogHandler(label: $0, metadataProvider: provider, output: collector.output) }
    }

    @Test func writesOneReadableLinePerEntry() throws {
        let collector = LineCollector()
        var logger = logger(collector)
        logger[metadataKey: "zone"] = "eu"
        logger.warning("disk almost full", metadata: ["path": "/var/lib/ingestd", "free": "3%"])

        let line = try #require(collector.lines.first)
        #expect(collector.lines.count == 1)
        // 2026-11-21T05:02:30Z warning ingestd: disk almost full free=3% path=/var/lib/ingestd zone=eu
        let timestamp = String(line.prefix(20))
        #expect(timestamp.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil)
        #expect(line.dropFirst(20) == " warning ingestd: disk almost full free=3% path=/var/lib/ingestd zone=eu\n")
    }

    @Test func keepsEachEntryOnOneLine() throws {
        let collector = LineCollector()
        logger(collector).error("two\nlines", metadata: ["trace": "a\nb", "quote": "say \"hi\"", "empty": ""])
        let line = try #require(collector.lines.first)
        #expect(line.filter { $0 == "\n" }.count == 1)
        #expect(line.hasSuffix(#" error ingestd: two\nlines empty="" quote="say \"hi\"" trace="a\nb""# + "\n"))
    }

    @Test func respectsLevelAndMergesProviderMetadata() {
        let collector = LineCollector()
        var logger = logger(collector, provider: Logger.MetadataProvider { ["task": "scan", "shared": "provider"] })
        logger.logLevel = .notice
        logger.info("filtered out")
        logger.notice("kept", metadata: ["shared": "call"])
        #expect(collector.lines.count == 1)
        #expect(collector.lines.first?.hasSuffix(" notice ingestd: kept shared=call task=scan\n") == true)
    }
}
