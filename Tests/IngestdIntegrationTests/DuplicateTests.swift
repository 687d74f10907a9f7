import Foundation
import Testing

/// The same article saved again, under another name or with other bytes for the same text,
/// is stored once.
@Suite("Duplicates")
struct DuplicateTests {
    /// Re-saves of one article: the same text, other bytes.
    static func variants(of original: Data) -> [(name: String, bytes: Data)] {
        let text = String(decoding: original, as: UTF8.self)
        let unixText = text.replacingOccurrences(of: "\r\n", with: "\n")
        return [
            ("same-bytes-new-name.txt", original),
            ("crlf.txt", Data(unixText.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
            ("bom.txt", Data([0xEF, 0xBB, 0xBF]) + original),
            ("nbsp.txt", Data(text.replacingOccurrences(of: " ", with: "\u{00A0}").utf8)),
            (
                "trailing-spaces.txt",
                Data(
                    unixText.split(separator: "\n", omittingEmptySubsequences: false).map { $0 + "  \t " }
                        .joined(separator: "\n").utf8)
            ),
        ]
    }

    @Test("copies under new names and byte variants (CRLF, BOM, NBSP, trailing blanks) are stored once")
    func variantsAreDuplicates() async throws {
        let seed = try SeedArticle.named("001")
        let variants = Self.variants(of: seed.bytes)
        #expect(Set(variants.map(\.bytes)).count == variants.count, "the variants must differ byte for byte")
        let inbox = try TestInbox()
        let daemon = try await DaemonProcess.start(inbox)
        defer { daemon.kill() }

        try inbox.drop(seed.bytes, as: "original.txt")
        #expect(await waitUntil(timeout: .seconds(15)) { inbox.processedFiles == ["original.txt"] })
        for variant in variants { try inbox.drop(variant.bytes, as: variant.name) }

        let everyName = (["original.txt"] + variants.map(\.name)).sorted()
        #expect(await waitUntil(timeout: .seconds(15)) { inbox.processedFiles == everyName })
        let records = try inbox.records()
        #expect(records.count == 1)
        #expect(records.first?.source == "original.txt")
        #expect(inbox.inboxFiles.isEmpty)
        #expect(inbox.rejectedFiles.isEmpty)
        let duplicateLines = daemon.logLines(containing: "duplicate:")
        for variant in variants {
            #expect(
                duplicateLines.contains { $0.contains(variant.name) && $0.contains(records.first?.id ?? "?") },
                "no duplicate log line for \(variant.name)")
        }
        #expect(duplicateLines.count == variants.count)
        #expect(await daemon.stop() == .status(0))
    }
}
