import Foundation
import IngestCore
import Testing

@Suite("Telling a file's format from its content")
struct ArticleFormatDetectorTests {
    private func format(_ text: String, _ name: String? = nil) -> ArticleFormat? {
        try? ArticleFormatDetector.detect(Array(text.utf8), fileName: name).get()
    }

    private func rejection(_ text: String, _ name: String? = nil) -> Rejection? {
        if case .failure(let rejection) = ArticleFormatDetector.detect(Array(text.utf8), fileName: name) {
            return rejection
        }
        return nil
    }

    private let prose = "A Title\n\nThe first paragraph of an ordinary article, saved as text.\n\nA second one."

    @Test func archivesAreRefusedInAnyCaseAndProseThatOpensAlikeIsNot() {
        for archive in [
            "MIME-Version: 1.0\nContent-Type: multipart/related", "mime-version: 1.0", "From: <Saved by Blink>",
        ] {
            #expect(rejection(archive)?.detail.contains("MHTML") == true, "\(archive)")
        }
        #expect(rejection("bplist00 and then binary")?.detail.contains("property list") == true)
        for text in [
            "Mime artists took over the square.\n\nA body.", "From: the editor\n\nA body.", "Bplist is a word",
        ] {
            #expect(format(text) == .plainText, "\(text)")
        }
    }

    @Test func contentDecidesOverTheName() {
        #expect(format("<!DOCTYPE html><html><body><p>Hi</p></body></html>", "page.txt") == .html)
        #expect(format(prose, "page.html") == .plainText)
        #expect(format("{\"title\": \"T\", \"body\": \"B\"}", "article.txt") == .json)
        #expect(
            format("# A heading\n\nSome **bold** text and a [link](https://example.org).", "notes.txt") == .markdown)
    }

    @Test func recognisesHTMLByItsOpening() {
        #expect(format("\u{FEFF}<html lang=\"en\"><head><title>T</title></head></html>") == .html)
        #expect(format("  \n<!-- saved from url=(0040)https://example.org/ -->\n<html><body>x</body></html>") == .html)
        #expect(format("<meta charset=\"utf-8\"><article><p>Text</p></article>") == .html)
        #expect(format("<ARTICLE><H1>Loud</H1></ARTICLE>") == .html)
        #expect(format("Some words first, then <b>bold</b> words, then more words.") == .plainText)
    }

    @Test func recognisesUTF16HTMLByItsByteOrderMark() throws {
        let page = "<!DOCTYPE html><html><body><p>Café</p></body></html>"
        #expect(try ArticleFormatDetector.detect(HTMLFixture.utf16(page), fileName: nil).get() == .html)
        #expect(
            try ArticleFormatDetector.detect(HTMLFixture.utf16(page, bigEndian: true), fileName: "x.txt").get() == .html
        )
    }

    @Test func recognisesMarkdownByFrontMatterOrMarks() {
        #expect(format("---\ntitle: A Title\ndate: 2026-01-23\n---\n\nBody text.") == .markdown)
        #expect(format("# Title\n\nJust a paragraph.") == .markdown)
        #expect(format("Title\n=====\n\nSee the [report](https://example.org/r).") == .markdown)
        #expect(format("Title\n\n- one item\n- another item") == .plainText, "a dash list alone is plain text")
        #expect(format("Title\n\n- one item\n- another item", "notes.md") == .markdown, "the name breaks the tie")
    }

    @Test func refusesFeedsAndImagesSayingWhatTheyAre() {
        let rss = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>News</title></channel></rss>"
        #expect(rejection(rss)?.rule == .unreadableFormat)
        #expect(rejection(rss)?.detail.contains("an RSS feed, not one article") == true)
        #expect(
            rejection("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>")?.detail.contains("Atom")
                == true)
        #expect(rejection("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>")?.detail.contains("SVG image") == true)
        #expect(rejection("<?xml version=\"1.0\"?><catalog><book/></catalog>")?.detail.contains("<catalog>") == true)
        #expect(rejection("body { color: red; }", "style.css")?.detail.contains("style sheet") == true)
    }

    @Test func refusesBrokenOrListJSONSayingWhere() throws {
        let broken = try #require(rejection("{\"title\": \"T\",\n \"body\": oops}", "article.json"))
        #expect(broken.rule == .unreadableFormat)
        #expect(broken.detail.contains("not valid JSON"))
        #expect(broken.detail.contains("line 2"), "says where: \(broken.detail)")
        let list = try #require(rejection("[{\"title\": \"A\"}, {\"title\": \"B\"}]"))
        #expect(list.detail.contains("list of 2 objects"))
        #expect(format("[{\"title\": \"A\", \"body\": \"B\"}]") == .json, "a list of one object is that object")
        #expect(format("[Editor's note] This story was updated.\n\nMore text.", "story.txt") == .plainText)
    }

    @Test func binaryFilesKeepTheirRule() {
        #expect(rejection("%PDF-1.7 rest")?.rule == .binary)
        #expect(rejection("%PDF-1.7 rest")?.detail.contains("PDF") == true)
    }

    @Test func plainTextRejectionsStillApplyThroughTheExtractor() {
        let extractor = ArticleExtractor(minimumBodyLength: 10)
        func rule(_ bytes: [UInt8], _ name: String? = nil) -> Rejection.Rule? {
            if case .failure(let rejection) = extractor.extract(bytes, fileName: name, now: Date()) {
                return rejection.rule
            }
            return nil
        }
        #expect(rule([]) == .empty)
        #expect(rule([], "empty.json") == .empty)
        #expect(rule(Array("Valid start ".utf8) + [0xC3, 0x28] + Array(" more text here".utf8)) == .notUTF8)
        #expect(rule(Array("Some text".utf8) + [0] + Array("more text here".utf8)) == .nulBytes)
        #expect(rule(HTMLFixture.utf16("An article about harbours")) == .notUTF8, "UTF-16 is read for HTML only")
    }
}
