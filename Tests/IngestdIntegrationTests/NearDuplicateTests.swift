import Foundation
import Testing

/// The same article republished with small edits is stored again, marked as a near-duplicate
/// of the first; articles that only share a subject or a house style are not.
@Suite("Near-duplicates")
struct NearDuplicateTests {
    @Test("a republished article is marked with the stored one's id; distinct articles are not")
    func republishedArticleIsMarked() async throws {
        let factory = ArticleFactory(series: "near")
        let originals = (1...20).map { factory.article($0, paragraphs: 6) }
        let inbox = try TestInbox()
        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }
        for (number, article) in originals.enumerated() { try inbox.drop(article.data, as: "original-\(number).txt") }
        #expect(await waitUntil(timeout: .seconds(20)) { inbox.processedFiles.count == originals.count })

        let source = originals[2]
        let republished =
            ([source.title + " | The Evening Courier", "By " + source.author, source.dateline]
            + source.paragraphs.dropLast()
            + ["Subscribe to The Evening Courier for more stories from the city hall beat, every morning."])
            .joined(separator: "\n\n") + "\n"
        try inbox.drop(Data(republished.utf8), as: "republished.txt")
        #expect(await waitUntil(timeout: .seconds(20)) { inbox.processedFiles.count == originals.count + 1 })

        let records = try inbox.records()
        try #require(records.count == originals.count + 1)
        let original = try #require(records.first { $0.source == "original-2.txt" })
        let copy = try #require(records.first { $0.source == "republished.txt" })
        #expect(copy.nearDuplicateOf == original.id)
        #expect((copy.similarity ?? 0) >= 0.8)
        let marked = records.filter { $0.nearDuplicateOf != nil }.map(\.source)
        #expect(marked == ["republished.txt"], "false near-duplicates among articles in one house style")
        #expect(!daemon.logLines(containing: "a near-duplicate of \(original.id)").isEmpty)
        #expect(await daemon.stop() == .status(0))
    }
}
