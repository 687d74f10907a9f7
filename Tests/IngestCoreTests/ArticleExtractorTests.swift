import IngestCore
import Testing

@Suite("From bytes to an article ready to store")
struct ArticleExtractorTests {
    private let extractor = ArticleExtractor(minimumBodyLength: 40)
    private let article = "A Title\n\nThe first paragraph of the article body, long enough to count.\n\nA second one."

    @Test func byteVariantsOfOneArticleHashAlike() throws {
        let plain = try extractor.extract(Array(article.utf8), today: nil).get()
        let variants = [
            article.replacingOccurrences(of: "\n", with: "\r\n"),
            "\u{FEFF}" + article,
            article.replacingOccurrences(of: " ", with: "\u{00A0}"),
            article.replacingOccurrences(of: "\n", with: "   \n") + "\n\n\n",
        ]
        for variant in variants {
            let extracted = try extractor.extract(Array(variant.utf8), today: nil).get()
            #expect(extracted.hash == plain.hash)
            #expect(extracted.article == plain.article)
        }
    }

    @Test func tooShortTextIsRejectedWithTheFigures() {
        guard case .failure(let rejection) = extractor.extract(Array("x".utf8), today: nil) else {
            Issue.record("one byte was accepted")
            return
        }
        #expect(rejection.rule == .tooShort)
        #expect(rejection.detail.contains("only 1 character of"))
        #expect(rejection.detail.contains("40"))
    }

    @Test func futureDatesAreDropped() throws {
        let text = "December 1, 2099\n\n" + article
        let today = CalendarDate(year: 2026, month: 11, day: 21)
        #expect(try extractor.extract(Array(text.utf8), today: today).get().article.published == nil)
        #expect(try extractor.extract(Array(text.utf8), today: nil).get().article.published?.year == 2099)
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
