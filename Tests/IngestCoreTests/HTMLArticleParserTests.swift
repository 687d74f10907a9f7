import Foundation
import IngestCore
import Testing

/// Pages written for these tests (see `Fixtures/`), and small pages built inline.
enum HTMLFixture {
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "html", subdirectory: "Fixtures"))
        return try Array(Data(contentsOf: url))
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }

    /// `text` in UTF-16 with its byte-order mark.
    static func utf16(_ text: String, bigEndian: Bool = false) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    /// A page with `head` and `body` and a paragraph long enough to be an article.
    static func page(head: String = "", body: String) -> String {
        """
        <!DOCTYPE html><html><head><meta charset="utf-8">\(head)</head><body>\(body)
        <p>The harbour board met on Tuesday to discuss the winter timetable and the state of the north pier.</p>
        </body></html>
        """
    }
}

@Suite("Reading articles saved as HTML")
struct HTMLArticleParserTests {
    private let extractor = ArticleExtractor(minimumBodyLength: 40)
    private let now = Date(timeIntervalSince1970: 1_795_262_400)  // 2026-11-21

    private func article(_ html: String, name: String = "page.html") throws -> Article {
        try extractor.extract(Array(html.utf8), fileName: name, now: now).get().article
    }

    private func article(bytes: [UInt8]) throws -> Article {
        try extractor.extract(bytes, fileName: "page.html", now: now).get().article
    }

    @Test func readsAWordPressPage() throws {
        let article = try article(bytes: HTMLFixture.bytes("wordpress-article"))
        #expect(article.format == .html)
        #expect(article.title == "Harbour dredging plan splits council")
        #expect(article.authors == ["Laleh Farahani"])
        #expect(article.published?.iso8601 == "2026-01-23")
        #expect(article.publishedAt == "2026-01-23T09:30:00+03:30")
        #expect(article.site == "The Harbour Ledger")
        #expect(article.body.hasPrefix("The town council voted six to five"))
        #expect(article.body.hasSuffix("a report from the harbour master is due."))
        #expect(article.body.contains("“We cannot keep cancelling crossings,” said Councillor Dara Whitcombe"))
        #expect(article.body.contains("\n\nA cheaper option\n\n"), "headings are paragraphs")
        #expect(
            article.body.contains("\n\nFull dredge: twelve weeks, slipway closed.\n\nBerth only:"), "list items too")
        #expect(!article.body.contains("\n\n\n"))
    }

    @Test func leavesThePageFurnitureOut() throws {
        let body = try article(bytes: HTMLFixture.bytes("wordpress-article")).body
        let furniture = [
            "Share this", "Facebook", "Related", "Ferry timetable", "Maria Lopez", "Tomas Berg", "slipway matters",
            "Leave a Reply", "Your email address", "Post Comment", "ferry at low tide last week", "Recent Posts",
            "cookies", "Posted in", "Tagged", "Skip to content", "View all posts", "About Laleh", "covers the harbour",
            "Previous article", "Proudly powered", "font-family", "dataLayer", "Home", "February 6",
        ]
        for text in furniture {
            #expect(!body.contains(text), "\(text) reached the body")
        }
    }

    @Test func fallsBackToThePageStructureWithoutMetadata() throws {
        let stripped = try HTMLFixture.text("wordpress-article").split(separator: "\n").filter {
            !$0.contains("og:site_name") && !$0.contains("published_time") && !$0.contains("modified_time")
                && !$0.contains("<title>")
        }.joined(separator: "\n")
        let article = try article(stripped)
        #expect(article.title == "Harbour dredging plan splits council", "from the article's h1, not the site title")
        #expect(
            article.published?.iso8601 == "2026-01-23", "the published <time>, not the updated one or the masthead date"
        )
        #expect(article.publishedAt == "2026-01-23T09:30:00+03:30")
        #expect(article.site == nil)
        #expect(article.authors == ["Laleh Farahani"])
    }

    @Test func readsABloggerPost() throws {
        let article = try article(bytes: HTMLFixture.bytes("blogger-post"))
        #expect(article.title == "Walking the old mill road")
        #expect(article.authors == ["Reza Moradi"])
        #expect(article.published?.iso8601 == "2026-01-23")
        #expect(article.publishedAt == "2026-01-23T09:30:00-08:00")
        #expect(article.body.hasPrefix("The old mill road runs for four miles"))
        #expect(article.body.hasSuffix("weather permitting."))
        #expect(article.body.contains("since the storm in November.\nThey brought saws"), "one <br> is a line break")
        #expect(article.body.contains("a few dogs.\n\nOn Saturday"), "two are a new paragraph")
        for text in ["No comments", "Post a Comment", "Labels", "Newer Post", "Subscribe to", "About Me", "Posted by"] {
            #expect(!article.body.contains(text), "\(text) reached the body")
        }
    }

    @Test func jsonLDComesFirstAndNamesPeopleOnly() throws {
        let article = try article(bytes: HTMLFixture.bytes("news-jsonld"))
        #expect(article.title == "Rail strike called off after late offer")
        #expect(
            article.authors == ["Anika Kowalski", "Ben Okafor"],
            "the Organization author and the meta desk name are not people")
        #expect(article.published?.iso8601 == "2026-01-23", "datePublished, not dateModified or a <time> lower down")
        #expect(article.publishedAt == "2026-01-23T23:15:00-05:00", "the day as stated in its own zone")
        #expect(article.site == "Meridian Daily")
        #expect(article.body.hasPrefix("A national rail strike planned for Monday"))
        #expect(!article.body.contains("By Someone Else"))
    }

    @Test func neverTakesDateModified() throws {
        let html = HTMLFixture.page(
            head: """
                <script type="application/ld+json">{"@type": "BlogPosting", "headline": "Pier repairs",
                "dateModified": "2026-03-01T10:00:00Z"}</script>
                <meta property="article:modified_time" content="2026-03-01T10:00:00Z">
                """,
            body: "<article><h1>Pier repairs</h1><time class=\"updated\" datetime=\"2026-03-01\">March 1</time>")
        #expect(try article(html).published == nil)
    }

    @Test func readsTheDeclaredLegacyCharset() throws {
        func page(_ declaration: String) -> [UInt8] {
            Array("<html><head>\(declaration)<title>".utf8) + [0x43, 0x61, 0x66, 0xE9, 0x92, 0x73]
                + Array("</title></head><body><p>".utf8) + [0x93] + Array("Na".utf8) + [0xEF, 0x76, 0x65, 0x94]
                + Array(
                    " r\u{E9}sum\u{E9}s are not what the board wanted to read on a Tuesday morning.</p></body></html>"
                        .utf8)
        }
        let windows = try article(bytes: page("<meta charset=\"windows-1252\">"))
        #expect(windows.title == "Café’s")
        #expect(windows.body.hasPrefix("“Naïve”"))
        let latin1 = try article(
            bytes: page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"))
        #expect(latin1.title == "Café’s", "ISO-8859-1 is read as windows-1252, as browsers do")
        let undeclared = try article(bytes: page(""))
        #expect(undeclared.title == "Café’s", "bytes that are not UTF-8 and declare nothing are windows-1252")
    }

    @Test func utf8WinsWhenTheMarkSaysSo() throws {
        let html =
            "\u{FEFF}<html><head><meta charset=\"windows-1252\"><title>Café ’s</title></head><body><p>"
            + "Déjà vu for the harbour board, which met again on Tuesday to discuss the pier.</p></body></html>"
        let article = try article(html)
        #expect(article.title == "Café ’s")
        #expect(article.body.hasPrefix("Déjà vu"))
    }

    @Test func readsUTF16HTMLWithAByteOrderMark() throws {
        let html = HTMLFixture.page(
            head: "<title>Über den Hafen</title>", body: "<p>Grüße aus dem Hafen – “quoted”.</p>")
        for bytes in [HTMLFixture.utf16(html), HTMLFixture.utf16(html, bigEndian: true)] {
            let article = try article(bytes: bytes)
            #expect(article.title == "Über den Hafen")
            #expect(article.body.hasPrefix("Grüße aus dem Hafen – “quoted”."))
        }
    }

    @Test(arguments: [
        ("<title>Pier reopens after storm | The Harbour Ledger</title>", "Pier reopens after storm"),
        ("<title>Pier reopens after storm - The Harbour Ledger</title>", "Pier reopens after storm"),
        ("<title>Pier reopens after storm – The Harbour Ledger</title>", "Pier reopens after storm"),
        ("<title>The Harbour Ledger: Pier reopens after storm</title>", "Pier reopens after storm"),
        (
            "<meta property=\"og:title\" content=\"Pier reopens after storm | The Harbour Ledger\">",
            "Pier reopens after storm"
        ),
        ("<title>Storm – and what comes after</title>", "Storm – and what comes after"),
    ])
    func takesTheSiteNameOffTheTitle(head: String, title: String) throws {
        let html = HTMLFixture.page(
            head: "<meta property=\"og:site_name\" content=\"The Harbour Ledger\">" + head, body: "")
        #expect(try article(html).title == title)
    }

    @Test func takesAShortSiteSuffixOffWhenTheSiteIsNotStated() throws {
        let html = HTMLFixture.page(head: "<title>Pier reopens after storm | Ledger Online</title>", body: "")
        #expect(try article(html).title == "Pier reopens after storm")
        let dashed = HTMLFixture.page(head: "<title>Pier reopens - and ferries return</title>", body: "")
        #expect(try article(dashed).title == "Pier reopens - and ferries return", "a dash is no proof of a site name")
    }

    @Test(arguments: [
        ("<p class=\"byline\">By Jane Doe and John Roe</p>", ["Jane Doe", "John Roe"]),
        (
            "<div class=\"byline\">Anna Berg, Omar Haddad and Li Wei | January 23, 2026</div>",
            ["Anna Berg", "Omar Haddad", "Li Wei"]
        ),
        ("<span class=\"author\"><a rel=\"author\" href=\"/a\">Jane Doe</a></span>", ["Jane Doe"]),
        ("<span itemprop=\"author\" itemscope><span itemprop=\"name\">Jane Doe</span></span>", ["Jane Doe"]),
        ("<p>By Jane Doe</p>", ["Jane Doe"]),
    ])
    func findsTheAuthorsInBylines(byline: String, authors: [String]) throws {
        let html = HTMLFixture.page(body: "<article><h1>Pier reopens</h1>\(byline)")
        #expect(try article(html).authors == authors)
    }

    @Test(arguments: [
        "<meta name=\"author\" content=\"Harbour Ledger Newsroom\">",
        "<a rel=\"author\" href=\"/author/jdoe\">View all posts by Jane Doe</a>",
        "<span class=\"author vcard\"><a href=\"/author/admin\">admin</a></span>",
        "<span class=\"byline\">by editor2</span>",
        "<span class=\"byline\">By The Harbour Ledger</span>",
        "<div id=\"comments\"><div class=\"comment-author\">Maria Lopez</div><p>Good piece.</p></div>",
        "<ol class=\"commentlist\"><li><cite class=\"fn\">Maria Lopez</cite> says: <p>By Tomas Berg</p></li></ol>",
    ])
    func prefersNoAuthorToADoubtfulOne(markup: String) throws {
        let html = HTMLFixture.page(
            head: "<meta property=\"og:site_name\" content=\"The Harbour Ledger\">",
            body: "<article><h1>Pier reopens</h1>\(markup)")
        #expect(try article(html).authors == [])
    }

    @Test func aJSONLDOrganisationIsNeverAnAuthor() throws {
        let html = HTMLFixture.page(
            head: """
                <script type="application/ld+json">[{"@type": "NewsArticle", "headline": "Pier reopens",
                "author": {"@type": "Organization", "name": "Harbour Ledger Staff"},
                "publisher": {"@type": "Organization", "name": "Harbour Ledger"}}]</script>
                """,
            body: "<article><h1>Pier reopens</h1>")
        let article = try article(html)
        #expect(article.authors == [])
        #expect(article.site == "Harbour Ledger")
    }

    @Test func takesADatelineInTheHeaderButNeverANarrativeDate() throws {
        let dated = HTMLFixture.page(body: "<article><h1>Pier reopens</h1><div class=\"date\">23 January 2026</div>")
        #expect(try article(dated).published?.iso8601 == "2026-01-23")
        let narrative = HTMLFixture.page(
            body: "<article><h1>Pier reopens</h1><p>On January 23, 2026 the pier reopened to walkers and anglers.</p>")
        #expect(try article(narrative).published == nil)
    }

    @Test func readsASingleFileSaveWithHugeInlineData() throws {
        let image = "data:image/png;base64," + String(repeating: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB", count: 100_000)
        let html = HTMLFixture.page(
            head: "<style>.hero { background: url(\(image)); }</style>",
            body: "<article><h1>Pier reopens</h1><img src=\"\(image)\"><p>The pier is open again.</p>")
        let article = try article(html)
        #expect(article.title == "Pier reopens")
        #expect(article.body.hasPrefix("The pier is open again."))
        #expect(!article.body.contains("base64"))
    }

    @Test func withoutAnyMarkupHintsTheParagraphsDecide() throws {
        let html = """
            <html><head><title>Night buses return | Valley Voice</title></head><body>
            <div id="top"><a href="/">Valley Voice</a> <span>Saturday, February 7, 2026</span></div>
            <div id="wrap"><div class="col">
            <div class="part"><p>Night buses will run again between the valley towns from March, the authority said.</p>
            <p>The route will run hourly on Fridays and Saturdays.</p></div>
            <div class="part"><p>Councillors had campaigned for the return of the service since it ended.</p>
            <p>A review is planned for the autumn.</p></div>
            </div><div class="rightcol"><p>Advertise with us: call on weekdays.</p></div></div>
            </body></html>
            """
        let article = try article(html)
        #expect(article.title == "Night buses return")
        #expect(article.published == nil, "the date in the page's top bar is today's, not the article's")
        #expect(article.body.hasPrefix("Night buses will run again"))
        #expect(article.body.hasSuffix("A review is planned for the autumn."), "both halves of the text")
        #expect(!article.body.contains("Advertise"))
    }

    @Test func parsesOnManyThreadsAtOnce() async throws {
        let pages = try ["wordpress-article", "blogger-post", "news-jsonld"].map(HTMLFixture.bytes)
        let expected = try pages.map { try article(bytes: $0) }
        let extractor = extractor
        let now = now
        let results = await withTaskGroup(of: (Int, Article?).self) { group in
            for round in 0..<48 {
                group.addTask {
                    let index = round % pages.count
                    return (index, try? extractor.extract(pages[index], fileName: "p.html", now: now).get().article)
                }
            }
            var results: [(Int, Article?)] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(results.count == 48)
        for (index, article) in results {
            #expect(article == expected[index])
        }
    }

    @Test func survivesDeepNesting() throws {
        let depth = 20_000
        let html = HTMLFixture.page(
            body: String(repeating: "<div>", count: depth) + "<p>Deep.</p>" + String(repeating: "</div>", count: depth))
        let body = try article(html).body
        #expect(body.contains("The harbour board met on Tuesday"))
        #expect(body.contains("Deep."), "text under 20,000 nested elements was dropped")
    }

    @Test func readsJSONLDWrappedInCommentedCDATA() throws {
        let html = HTMLFixture.page(
            head: """
                <script type="application/ld+json">//<![CDATA[
                {"@type": "NewsArticle", "headline": "Pier reopens", "datePublished": "2026-01-23T09:30:00Z",
                 "author": {"@type": "Person", "name": "Ines Marlowe"}}
                //]]></script>
                """,
            body: "<p>The harbour board met on Tuesday and voted to reopen the north pier to walkers.</p>")
        let page = try article(html)
        #expect(page.title == "Pier reopens")
        #expect(page.authors == ["Ines Marlowe"])
        #expect(page.publishedAt == "2026-01-23T09:30:00Z")
    }

    @Test func aPostInsideAWidgetIsStillTheArticleAndTheTitleNamesTheBlog() throws {
        let html = """
            <!DOCTYPE html><html><head><meta charset="utf-8">
            <title>Harbour Notes: Walking the north pier</title></head><body>
            <div class="widget Blog" id="Blog1"><div class="post hentry">
            <h3 class="post-title entry-title">Walking the north pier</h3>
            <div class="post-body entry-content" itemprop="description articleBody">
            <p>The harbour board met on Tuesday to discuss the winter timetable and the state of the north pier.</p>
            <p>Two of its members walked the pier afterwards and counted eleven loose stones.</p>
            </div></div></div>
            <div class="widget HTML"><p>Links to other blogs that the writer of this blog reads every day.</p></div>
            </body></html>
            """
        let article = try article(html)
        #expect(article.title == "Walking the north pier")
        #expect(article.site == "Harbour Notes")
        #expect(article.body.hasPrefix("The harbour board met"))
        #expect(article.body.hasSuffix("eleven loose stones."))
    }

    @Test func aPostsHeaderCountsAndAuthorCardAreNotText() throws {
        let html = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Walking the north pier</title></head><body>
            <article><h1>Walking the north pier</h1>
            <p>Iness Marlowe</p><p>4 min readMar 3, 2025</p><p>1.2K</p>
            <p>The harbour board met on Tuesday to discuss the winter timetable and the state of the north pier.</p>
            <p>Two of its members walked the pier afterwards and counted eleven loose stones, then wrote to the council.</p>
            <p>Harbours</p><p>Coastal Life</p><p>3.4K Followers</p><p>Writes about ports and the people in them.</p>
            <p>Responses (4)</p><p>What are your thoughts?</p><p>More from Iness Marlowe</p><p>Help</p><p>About</p>
            </article></body></html>
            """
        let article = try article(html)
        #expect(article.body.hasPrefix("The harbour board met"))
        #expect(article.body.hasSuffix("wrote to the council."))
    }
}
