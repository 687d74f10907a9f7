import Foundation
import Testing

/// File names a shell script would trip on are only names: good content under them is
/// ingested like any other.
@Suite("Odd file names")
struct OddNameTests {
    static let names = ["line\nbreak.txt", "say \"cheese\" and 'smile'.txt", "-leading-dash.txt", "ünïcödé 📰 news.txt"]

    @Test("a newline, quotes, a leading dash or non-ASCII in the name: ingested normally")
    func oddNamesAreIngested() async throws {
        let factory = ArticleFactory(series: "odd-names")
        let inbox = try TestInbox()
        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }

        for (number, name) in Self.names.enumerated() { try inbox.drop(factory.article(number).data, as: name) }

        #expect(await waitUntil(timeout: .seconds(15)) { inbox.processedFiles == Self.names.sorted() })
        let records = try inbox.records()
        #expect(records.map(\.source).sorted() == Self.names.sorted())
        #expect(inbox.rejectedFiles.isEmpty)
        #expect(inbox.inboxFiles.isEmpty)
        #expect(await daemon.stop() == .status(0))
    }
}
