import Foundation
import IngestCore
import SimilarityIndex
import Testing

/// Hostile and broken inputs: nothing may crash or hang. Time is checked only as a generous
/// per-file limit that a hang would exceed, never as a benchmark.
@Suite("Parsers on random and truncated input")
struct ParserRobustnessTests {
    private static let limit = Duration.seconds(2)
    private let extractor = ArticleExtractor(minimumBodyLength: 40)
    private let now = Date(timeIntervalSince1970: 1_795_262_400)

    /// Extracts `bytes` under every name a format could be tied to; returns the slowest time.
    private func slowest(_ bytes: [UInt8], names: [String?] = [nil, "page.html", "data.json", "notes.md"])
        -> Duration
    {
        let clock = ContinuousClock()
        var worst = Duration.zero
        for name in names {
            let elapsed = clock.measure { _ = extractor.extract(bytes, fileName: name, now: now) }
            worst = max(worst, elapsed)
        }
        return worst
    }

    @Test func randomBytesNeverCrashOrHang() {
        var generator = SplitMix64(seed: 0x1_2345)
        for round in 0..<1_000 {
            let count = Int.random(in: 0...600, using: &generator)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let elapsed = slowest(bytes, names: [nil, "x.html"])
            #expect(elapsed < Self.limit, "random buffer \(round) took \(elapsed)")
        }
    }

    @Test func randomTagSoupNeverCrashesOrHangs() {
        var generator = SplitMix64(seed: 0xC0FFEE)
        let pieces = [
            "<html>", "<head>", "<body>", "<p>", "</p>", "<div class=\"entry-content\">", "</div>", "<article>",
            "</article>", "<h1>", "</h1>", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",",
            "\"author\":[{\"@id\":\"#a\"}", "</script>", "<meta charset=\"windows-1252\">",
            "<meta property=\"og:title\" content=\"", "\">", "<time datetime=\"2026-01-2", "<br>", "<br/>", "<!--",
            "-->", "<![CDATA[", "]]>", "&amp;", "&#x", "&#", ";", "<span class=\"byline\">By ", "Jane Doe", " and ",
            "<ul><li>", "<table><tr><td>", "<pre>", "</pre>", "<svg><style>", "<", ">", "\"", "'", "=", " ", "\n",
            "<?xml ", "---\n", "# ", "{", "[", "]", "}", "text of a paragraph ", "\u{FEFF}", "é", "\u{0}", "\u{92}",
            "<blockquote>", "<figure><figcaption>", "<form>", "<nav>", "<aside class=\"comments\">",
        ]
        for round in 0..<1_000 {
            let count = Int.random(in: 1...200, using: &generator)
            var text = ""
            for _ in 0..<count { text += pieces[Int.random(in: 0..<pieces.count, using: &generator)] }
            let elapsed = slowest(Array(text.utf8), names: [nil, "page.md"])
            #expect(elapsed < Self.limit, "tag soup \(round) took \(elapsed)")
        }
    }

    @Test func everyTruncationOfARealisticPageParses() throws {
        let page = try HTMLFixture.bytes("wordpress-article")
        var worst = Duration.zero
        for length in stride(from: 0, through: page.count, by: 11) {
            worst = max(worst, slowest(Array(page.prefix(length)), names: ["page.html"]))
        }
        #expect(worst < Self.limit, "the slowest prefix took \(worst)")
        let whole = try extractor.extract(page, fileName: "page.html", now: now).get()
        #expect(whole.article.title == "Harbour dredging plan splits council")
    }

    @Test func pathologicalNestingStaysLinear() {
        let cases = [
            String(repeating: "<b>", count: 100_000), String(repeating: "<div><span>", count: 50_000),
            String(repeating: "<table><tr><td>", count: 30_000),
            String(repeating: "<p class=\"byline\">By ", count: 30_000),
            String(repeating: "[", count: 200_000), String(repeating: "<", count: 200_000),
            String(repeating: "# [x](", count: 50_000),
        ]
        for text in cases {
            let elapsed = slowest(Array(text.utf8))
            #expect(elapsed < Self.limit * 5, "\(text.prefix(20))… took \(elapsed)")
        }
    }
}
