import Foundation
import IngestCore
import Testing

@Suite("Reading articles saved as JSON")
struct JSONArticleParserTests {
    private let extractor = ArticleExtractor(minimumBodyLength: 40)
    private let body = "The ferry service resumed on Monday after a week of storms kept the boats in harbour."

    private func extract(_ json: String, name: String = "article.json") -> Result<Article, Rejection> {
        extractor.extract(Array(json.utf8), fileName: name, now: Date(timeIntervalSince1970: 1_795_262_400)).map(
            \.article)
    }

    @Test func aLineSeparatorInsideAStringIsText() throws {
        // JSON.stringify leaves U+2028 unescaped; it is legal in a JSON string, a raw line
        // feed is not, so the file must be parsed before it is normalized.
        let json = "{\"title\": \"Ferries back\", \"body\": \"\(body)\u{2028}A second line.\"}"
        let article = try extract(json).get()
        #expect(article.body == body + "\nA second line.")
    }

    @Test func readsAPlainArticleObject() throws {
        let json = """
            {"title": "Ferries back", "author": "Jane Doe", "date": "2026-01-23T09:30:00+03:30",
             "body": "\(body)\\n\\nA second paragraph.", "site": "The Harbour Ledger", "language": "en-GB"}
            """
        let article = try extract(json).get()
        #expect(article.format == .json)
        #expect(article.title == "Ferries back")
        #expect(article.authors == ["Jane Doe"])
        #expect(article.published?.iso8601 == "2026-01-23")
        #expect(article.publishedAt == "2026-01-23T09:30:00+03:30")
        #expect(article.site == "The Harbour Ledger")
        #expect(article.language == "en")
        #expect(article.body == body + "\n\nA second paragraph.")
    }

    @Test func acceptsTheOtherKeysAndShapes() throws {
        let json = """
            [{"headline": "Ferries back", "authors": [{"name": "Jane Doe"}, "John Roe", {"name": "admin"}],
              "pubDate": "Fri, 23 Jan 2026 09:30:00 GMT", "content": {"rendered": "<p>\(body)</p><p>Second.</p>"},
              "publisher": {"name": "The Harbour Ledger"}}]
            """
        let article = try extract(json, name: "export.txt").get()
        #expect(article.title == "Ferries back")
        #expect(article.authors == ["Jane Doe", "John Roe"], "a CMS login is no author")
        #expect(article.publishedAt == "2026-01-23T09:30:00Z")
        #expect(article.body == body + "\n\nSecond.", "an HTML body is read as HTML")
        #expect(article.site == "The Harbour Ledger")
    }

    @Test func readsSchemaOrgJSONLDWithAGraph() throws {
        let json = """
            {"@context": "https://schema.org", "@graph": [
              {"@type": "Person", "@id": "#jd", "name": "Jane Doe"},
              {"@type": ["NewsArticle"], "headline": "Ferries back", "author": [{"@id": "#jd"},
               {"@type": "Organization", "name": "Ledger Staff"}], "datePublished": "2026-01-23",
               "dateModified": "2026-02-01", "articleBody": "\(body)", "publisher": {"@type": "Organization",
               "name": "The Harbour Ledger"}}]}
            """
        let article = try extract(json).get()
        #expect(article.title == "Ferries back")
        #expect(article.authors == ["Jane Doe"])
        #expect(article.published?.iso8601 == "2026-01-23")
        #expect(article.publishedAt == nil)
        #expect(article.site == "The Harbour Ledger")
        #expect(article.body == body)
    }

    @Test func anObjectWithoutTextIsRefusedNamingTheKeysLookedFor() throws {
        guard case .failure(let rejection) = extract("{\"title\": \"Ferries back\", \"summary\": \"\(body)\"}") else {
            Issue.record("an object without a body was accepted")
            return
        }
        #expect(rejection.rule == .unreadableFormat)
        #expect(rejection.detail.contains("body, text, content, articleBody"))
        #expect(rejection.detail.contains("its keys are: summary, title"))
        guard case .failure(let schema) = extract("{\"@type\": \"NewsArticle\", \"headline\": \"Ferries back\"}") else {
            Issue.record("JSON-LD without a body was accepted")
            return
        }
        #expect(schema.detail.contains("articleBody"))
    }

    @Test func readsAnExportWithGermanKeys() throws {
        let json = """
            {"titel": "Fähren fahren wieder", "autoren": "Jana Dorn und Jonas Roth", "quelle": "Hafenblatt",
             "veroeffentlicht": "2026-01-23T09:30:00+01:00", "absaetze": ["\(body)", "Ein zweiter Absatz."]}
            """
        let article = try extract(json).get()
        #expect(article.title == "Fähren fahren wieder")
        #expect(article.authors == ["Jana Dorn", "Jonas Roth"])
        #expect(article.site == "Hafenblatt")
        #expect(article.publishedAt == "2026-01-23T09:30:00+01:00")
        #expect(article.body == body + "\n\nEin zweiter Absatz.")
    }

    @Test func withoutAKnownBodyKeyTheLongestProseIsTheBody() throws {
        let paragraphs = (1...5).map { "\"\(body) Paragraph \($0) ends here.\"" }.joined(separator: ", ")
        let json = """
            {"kop": "Veerboten varen weer", "lijst": ["Short headline one", "Short headline two"],
             "stukken": [\(paragraphs)]}
            """
        let article = try extract(json).get()
        #expect(article.body.hasPrefix(body))
        #expect(article.body.hasSuffix("Paragraph 5 ends here."))
        #expect(!article.body.contains("Short headline"))
    }
}
