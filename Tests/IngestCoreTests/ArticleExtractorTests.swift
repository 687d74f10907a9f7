import Foundation
import IngestCore
import Testing

@Suite("From bytes to an article ready to store")
struct ArticleExtractorTests {
    private let extractor = ArticleExtractor(minimumBodyLength: 40)
    private let article = "A Title\n\nThe first paragraph of the article body, long enough to count.\n\nA second one."

    @Test func byteVariantsOfOneArticleHashAlike() throws {
        let plain = try extractor.extract(Array(article.utf8), now: Date()).get()
        let variants = [
            article.replacingOccurrences(of: "\n", with: "\r\n"),
            "\u{FEFF}" + article,
            article.replacingOccurrences(of: " ", with: "\u{00A0}"),
            article.replacingOccurrences(of: "\n", with: "   \n") + "\n\n\n",
        ]
        for variant in variants {
            let extracted = try extractor.extract(Array(variant.utf8), now: Date()).get()
            #expect(extracted.hash == plain.hash)
            #expect(extracted.article == plain.article)
        }
    }

    @Test func tooShortTextIsRejectedWithTheFigures() {
        guard case .failure(let rejection) = extractor.extract(Array("x".utf8), now: Date()) else {
            Issue.record("one byte was accepted")
            return
        }
        #expect(rejection.rule == .tooShort)
        #expect(rejection.detail.contains("only 1 character of"))
        #expect(rejection.detail.contains("40"))
    }

    @Test func datesAfterTomorrowAreNotPublicationDates() throws {
        // 2026-11-21T12:00:00Z
        let now = Date(timeIntervalSince1970: 1_795_262_400)
        func published(_ dateline: String) throws -> String? {
            try extractor.extract(Array((dateline + "\n\n" + article).utf8), now: now).get().article.published?.iso8601
        }
        #expect(try published("November 21, 2026") == "2026-11-21")
        #expect(try published("November 22, 2026") == "2026-11-22", "tomorrow in UTC is today east of it")
        #expect(try published("November 23, 2026") == nil)
        #expect(try published("December 1, 2099") == nil)
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
