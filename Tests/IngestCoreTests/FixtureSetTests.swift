import Foundation
import IngestCore
import Testing

/// The labelled fixture set in `Tests/Fixtures/articles` (written by its `generate.py`) is sound:
/// every file it lists is there, it is large and varied enough to measure with (`make eval`),
/// and the extractor reads the formats it can read without rejecting them. Accuracy is measured
/// by `make eval`, not asserted here.
@Suite("The labelled fixture set")
struct FixtureSetTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/articles")

    struct Entry: Decodable, Sendable, CustomTestStringConvertible {
        var file: String
        var format: String
        var title: String?
        var authors: [String]
        var published: String?
        var language: String
        var body: String
        var files_folder: String?
        var testDescription: String { file }
    }

    static func entries() throws -> [Entry] {
        struct File: Decodable { var articles: [Entry] }
        let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
        return try JSONDecoder().decode(File.self, from: data).articles
    }

    /// A fixed ingestion time after every fixture's publication date.
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func everyListedFileExists() throws {
        let entries = try Self.entries()
        for entry in entries {
            let path = Self.folder.appendingPathComponent(entry.file).path
            #expect(FileManager.default.fileExists(atPath: path), "missing fixture \(entry.file)")
            if let folder = entry.files_folder {
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(
                    atPath: Self.folder.appendingPathComponent(folder).path, isDirectory: &isDirectory)
                #expect(exists && isDirectory.boolValue, "missing saved-page folder \(folder)")
            }
        }
        #expect(Set(entries.map(\.file)).count == entries.count, "a file is listed twice")
    }

    @Test func isLargeAndVariedEnough() throws {
        let entries = try Self.entries()
        #expect(entries.count >= 45)
        for language in ["fr", "de", "es"] {
            #expect(entries.count { $0.language == language } >= 5, "fewer than 5 articles in \(language)")
        }
        #expect(Set(entries.map(\.format)) == ["text", "markdown", "html", "json"])
        #expect(entries.contains { $0.published == nil }, "no article without a date")
        #expect(entries.contains { $0.authors.count > 1 }, "no article with several authors")
        for entry in entries {
            #expect(!entry.body.isEmpty && !entry.body.contains("\n\n\n"), "bad body in \(entry.file)")
        }
    }

    /// Every fixture is read, in the format it was written in. Field accuracy is not asserted
    /// here: `make eval` reports it, side by side with trafilatura.
    @Test(arguments: try entries())
    func extractorReadsEveryFixtureInItsFormat(entry: Entry) throws {
        let bytes = try Array(Data(contentsOf: Self.folder.appendingPathComponent(entry.file)))
        switch ArticleExtractor().extract(bytes, fileName: entry.file, now: Self.now) {
        case .success(let extracted):
            #expect(extracted.article.format.rawValue == entry.format, "\(entry.file)")
            // The extractor normalizes only HTML and JSON bodies again: the others must come
            // out of their parsers normalized, or the hash would depend on the format.
            #expect(TextNormalizer.normalize(extracted.article.body) == extracted.article.body, "\(entry.file)")
        case .failure(let rejection):
            Issue.record("\(entry.file) was rejected: \(rejection)")
        }
    }
}
