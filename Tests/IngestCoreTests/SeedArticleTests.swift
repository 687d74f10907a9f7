import Foundation
import IngestCore
import Testing

/// The five real articles in `../shared/fixtures/seeds`, checked against
/// `seeds.expected.json`. Skipped where the shared fixtures are absent: the core tests above
/// use fixtures of their own.
@Suite("The shared seed articles", .enabled(if: SharedFixtures.root != nil))
struct SeedArticleTests {
    static var fixtures: URL? { SharedFixtures.root }

    struct Expected: Decodable, Sendable, CustomTestStringConvertible {
        var file: String
        var title: String?
        var author: String?
        var published: String?
        var body_starts_with: String
        var body_ends_with: String
        var not_in_body: [String]
        var testDescription: String { file }
    }

    static func expectations() throws -> [Expected] {
        guard let fixtures else { return [] }
        struct File: Decodable { var articles: [Expected] }
        let data = try Data(contentsOf: fixtures.appendingPathComponent("seeds.expected.json"))
        return try JSONDecoder().decode(File.self, from: data).articles
    }

    private func spaced(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{00A0}", with: " ").split(whereSeparator: \.isWhitespace).joined(
            separator: " ")
    }

    @Test(arguments: try expectations())
    func extractsWhatAGoodParserFinds(expected: Expected) throws {
        let url = try #require(Self.fixtures).appendingPathComponent("seeds/" + expected.file)
        let bytes = try Array(Data(contentsOf: url))
        let extracted = try ArticleExtractor().extract(bytes, now: Date()).get()
        let article = extracted.article
        #expect(article.title == expected.title)
        #expect(article.author == expected.author)
        #expect(article.published?.iso8601 == expected.published)
        #expect(spaced(article.body).hasPrefix(spaced(expected.body_starts_with)))
        #expect(spaced(article.body).hasSuffix(spaced(expected.body_ends_with)))
        for furniture in expected.not_in_body {
            #expect(!article.body.contains(furniture))
        }
    }
}

/// Where `../shared/fixtures` is, seen from this package, if it is there.
enum SharedFixtures {
    static let root: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/fixtures")
        return FileManager.default.fileExists(atPath: root.path) ? root : nil
    }()
}
