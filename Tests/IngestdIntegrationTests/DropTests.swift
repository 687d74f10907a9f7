import Foundation
import Testing

/// Files arriving in the inbox the two ways people save them: renamed in whole, or written
/// in place, slowly.
@Suite("Dropping files")
struct DropTests {
    @Test("a file renamed into the inbox becomes one store line with every field, in order")
    func renamedFileIsStored() async throws {
        let seeds = try SeedArticle.all()
        let inbox = try TestInbox()
        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }

        for seed in seeds { try inbox.drop(seed.bytes, as: seed.file) }

        #expect(await waitUntil(timeout: .seconds(20)) { inbox.processedFiles.count == seeds.count })
        let records = try inbox.records()
        #expect(records.count == seeds.count)
        #expect(inbox.inboxFiles.isEmpty)
        #expect(inbox.processedFiles == seeds.map(\.file).sorted())
        #expect(inbox.rejectedFiles.isEmpty)
        for seed in seeds {
            let record = try #require(records.first { $0.source == seed.file }, "no record for \(seed.file)")
            #expect(record.keys == StoredRecord.keyOrder, "\(seed.file): keys out of order: \(record.keys)")
            #expect(
                record.sha256.count == 64 && record.sha256.allSatisfy(\.isHexDigit)
                    && record.sha256 == record.sha256.lowercased())
            #expect(record.id == String(record.sha256.prefix(16)))
            #expect(record.folder == nil)
            #expect(record.title == seed.title, "\(seed.file)")
            #expect(record.author == seed.author, "\(seed.file)")
            #expect(record.published == seed.published, "\(seed.file)")
            #expect(Text.squeezed(record.body).hasPrefix(Text.squeezed(seed.bodyStartsWith)), "\(seed.file)")
            #expect(Text.squeezed(record.body).hasSuffix(Text.squeezed(seed.bodyEndsWith)), "\(seed.file)")
            #expect(record.nearDuplicateOf == nil, "\(seed.file): the seeds share a subject, not their text")
            #expect(record.format == "text")
            #expect(record.language == "en", "\(seed.file)")
            let ingestedAt = try #require(Text.rfc3339Date(record.ingestedAt), "ingested_at \(record.ingestedAt)")
            #expect(abs(ingestedAt.timeIntervalSinceNow) < 300)
        }
        #expect(Set(records.map(\.sha256)).count == seeds.count)
        #expect(await daemon.stop() == .status(0))
    }

    @Test("a file written slowly in place is read only once it is closed, whole")
    func slowInPlaceWriteIsReadWhole() async throws {
        let article = ArticleFactory(series: "slow").article(1, paragraphs: 6)
        let bytes = article.data
        let inbox = try TestInbox()
        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }

        let file = try OpenFile(creating: inbox.inbox + "/slow.txt")
        try file.write(bytes.prefix(bytes.count / 2))
        try await Task.sleep(for: .milliseconds(1500))
        #expect(inbox.storedLineCount == 0, "the half-written file was ingested")
        #expect(inbox.inboxFiles == ["slow.txt"])
        try file.write(bytes.suffix(from: bytes.count / 2))
        try file.close()

        #expect(await waitUntil(timeout: .seconds(15)) { inbox.processedFiles == ["slow.txt"] })
        let records = try inbox.records()
        try #require(records.count == 1)
        #expect(records[0].body.hasSuffix(article.lastSentence))
        #expect(records[0].body == article.body)
        #expect(records[0].title == article.title)
        #expect(records[0].author == article.author)
        #expect(records[0].published == article.published)
        #expect(inbox.rejectedFiles.isEmpty)
        #expect(await daemon.stop() == .status(0))
    }
}
