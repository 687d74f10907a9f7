import Foundation

/// A parsed HTML page with what the article reader asks of it worked out once: which parts
/// are never the article (comments, related posts, sidebars, navigation), the `<meta>` values,
/// the JSON-LD article, and which element holds the article text.
struct HTMLPage {
    let document: HTMLDocument
    /// Per node: inside a comment section, related-posts list, sidebar, navigation, footer,
    /// aside or form. Nothing there is the article, its author or its date.
    let outside: [Bool]
    /// `<meta>` content by lower-case `property`, `name` or `itemprop`; the first one wins.
    let meta: [String: String]
    /// The JSON-LD article, if a script block describes one.
    let schema: SchemaOrgArticle?
    /// The element whose text is the article body.
    let container: Int
    /// The `<article>` element around the container, if any.
    let articleElement: Int?
    /// The page's headline element (`<h1>`, or a `.entry-title`), if any.
    let headlineElement: Int?
    /// Where the article's header (title, byline, dateline) starts and the body text begins.
    let headerZone: Range<Int>
    /// Per node: the length in UTF-8 bytes of all the text under it.
    let textLength: [Int]

    /// Class and id words that mark a part of the page that is never the article.
    private static let outsideWords: Set<Substring> = [
        "comment", "comments", "commentlist", "respond", "disqus", "related", "relatedposts", "yarpp", "sidebar",
        "widget", "widgets", "recommended", "trending", "popular", "outbrain", "taboola", "newsletter", "subscribe",
        "cookie", "cookies", "consent", "gdpr", "breadcrumb", "breadcrumbs", "navigation", "menu", "masthead",
        "colophon",
    ]

    private static let outsideElements: Set<String> = ["nav", "aside", "footer", "form", "menu", "dialog"]

    /// Class names of the element that holds the text in common publishing systems.
    private static let bodyClassNames: Set<Substring> = [
        "entry-content", "post-body", "post-content", "article-body", "article-content", "story-body",
        "article__body", "article-text", "story-content", "post-entry", "entry-body", "single-post-content",
        "td-post-content", "news-content", "articlebody",
    ]

    init(_ document: HTMLDocument) {
        self.document = document
        let nodes = document.nodes
        var outside = [Bool](repeating: false, count: nodes.count)
        var inParagraph = [Bool](repeating: false, count: nodes.count)
        var inArticle = [Bool](repeating: false, count: nodes.count)
        var meta: [String: String] = [:]
        var schema: SchemaOrgArticle?
        let holdsBody = Self.bodyHolders(document)
        for index in 1..<nodes.count {
            let node = nodes[index]
            let parent = node.parent
            inArticle[index] = inArticle[parent] || node.name == "article"
            // An article's own <footer> holds its byline and date on many sites; the page's does not.
            let isArticleFooter = node.name == "footer" && inArticle[parent]
            // A wrapper of the article's text element is never outside, whatever its class says
            // (Blogger puts every post in a `widget Blog`).
            outside[index] =
                outside[parent]
                || (!node.isText && !isArticleFooter && !holdsBody[index] && Self.isOutside(index, in: document))
            inParagraph[index] = inParagraph[parent] || node.name == "p"
            if node.name == "meta", let content = node.attribute("content") {
                for key in ["property", "name", "itemprop"] {
                    if let name = node.attribute(key)?.lowercased(), meta[name] == nil { meta[name] = content }
                }
            } else if node.name == "script", schema == nil {
                schema = Self.schemaArticle(in: index, of: document)
            }
        }
        // Text lengths, gathered from the leaves up (children always follow their parent).
        var paragraphText = [Int](repeating: 0, count: nodes.count)
        var directParagraphText = [Int](repeating: 0, count: nodes.count)
        var allText = [Int](repeating: 0, count: nodes.count)
        var textLength = [Int](repeating: 0, count: nodes.count)
        for index in stride(from: nodes.count - 1, to: 0, by: -1) {
            let node = nodes[index]
            if node.isText { textLength[index] = node.text.utf8.count }
            textLength[node.parent] += textLength[index]
            if node.isText && !outside[index] {
                allText[index] = node.text.utf8.count
                if inParagraph[index] { paragraphText[index] = allText[index] }
            }
            if node.name == "p" && !outside[index] { directParagraphText[node.parent] += paragraphText[index] }
            paragraphText[node.parent] += paragraphText[index]
            allText[node.parent] += allText[index]
        }
        self.outside = outside
        self.textLength = textLength
        self.meta = meta
        self.schema = schema
        let container = Self.chooseContainer(
            document, outside: outside, paragraphText: paragraphText, directParagraphText: directParagraphText,
            allText: allText)
        self.container = container
        var articleElement: Int?
        var ancestor = container
        while ancestor > 0 {
            if nodes[ancestor].name == "article" {
                articleElement = ancestor
                break
            }
            ancestor = nodes[ancestor].parent
        }
        self.articleElement = articleElement
        var bodyStart = nodes[container].end
        for index in container..<nodes[container].end
        where nodes[index].name == "p" && !outside[index] && textLength[index] >= 80 {
            bodyStart = index
            break
        }
        let site = meta["og:site_name"] ?? schema?.publisher ?? meta["application-name"]
        let headline = Self.headline(
            document, outside: outside, within: articleElement, before: bodyStart, site: site, textLength: textLength)
        headlineElement = headline
        var zoneStart = articleElement ?? container
        if let headline, headline < zoneStart { zoneStart = headline }
        // A header is a title, a byline and a date: a few thousand nodes at most, even on
        // pages that nest deeply; bounding it bounds every scan of it.
        headerZone = zoneStart..<min(max(zoneStart, bodyStart), zoneStart + 3000)
    }

    /// The text of a small element (a byline, a dateline, a heading): `nil` when it has more than
    /// `limit` bytes of text or more than a few hundred nodes, so that scanning every element of
    /// a page for one never costs more than a fixed amount per element.
    func shortText(_ index: Int, limit: Int) -> String? {
        let node = document.nodes[index]
        guard !node.isText, textLength[index] <= limit, node.end - index <= 256 else { return nil }
        return document.text(of: index)
    }

    /// The site or publication name the page states.
    var siteName: String? {
        let stated = meta["og:site_name"] ?? schema?.publisher ?? meta["application-name"]
        return stated.map { HTMLDocument.collapsed($0) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The words of an element's class names and id, leaving out the state classes (`has-`,
    /// `no-`, `is-`, `with-`) and WordPress taxonomy classes (`tag-`, `category-`) that name
    /// things the element merely has.
    static func zoneWords(_ index: Int, in document: HTMLDocument) -> [Substring] {
        let node = document.nodes[index]
        var words: [Substring] = []
        for attribute in ["class", "id"] {
            guard let value = node.attribute(attribute), !value.isEmpty else { continue }
            for name in value.lowercased().split(whereSeparator: \.isWhitespace) {
                if ["has-", "no-", "is-", "with-", "tag-", "category-", "single", "postid-"].contains(where: {
                    name.hasPrefix($0)
                }) {
                    continue
                }
                words += name.split { $0 == "-" || $0 == "_" }
            }
        }
        return words
    }

    /// Per node: it is, or holds, an element marked as the article's text (`itemprop=articleBody`
    /// or a publishing system's body class).
    private static func bodyHolders(_ document: HTMLDocument) -> [Bool] {
        let nodes = document.nodes
        var holds = [Bool](repeating: false, count: nodes.count)
        for index in stride(from: nodes.count - 1, to: 0, by: -1) where !nodes[index].isText {
            if !holds[index] {
                let itemprop = nodes[index].attribute("itemprop")?.lowercased().split(separator: " ") ?? []
                holds[index] =
                    itemprop.contains("articlebody")
                    || document.classNames(of: index).contains(where: bodyClassNames.contains)
            }
            if holds[index] { holds[nodes[index].parent] = true }
        }
        return holds
    }

    private static func isOutside(_ index: Int, in document: HTMLDocument) -> Bool {
        let node = document.nodes[index]
        let name = node.name
        // ASP.NET wraps whole pages in one <form>: a form holding most of the page is not furniture.
        if name == "form" { return (node.end - index) * 2 < document.nodes.count }
        if outsideElements.contains(name) { return true }
        if ["html", "body", "main"].contains(name) { return false }
        return zoneWords(index, in: document).contains { outsideWords.contains($0) }
    }

    private static func schemaArticle(in script: Int, of document: HTMLDocument) -> SchemaOrgArticle? {
        let node = document.nodes[script]
        guard node.attribute("type")?.lowercased().contains("ld+json") == true else { return nil }
        var text = ""
        for index in (script + 1)..<node.end where document.nodes[index].isText { text += document.nodes[index].text }
        // The commented-out forms first: once the bare markers are gone they no longer match.
        for marker in ["//<![CDATA[", "//]]>", "<![CDATA[", "]]>"] {
            text = text.replacingOccurrences(of: marker, with: "")
        }
        guard let json = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return nil }
        return SchemaOrgArticle.find(in: json)
    }

    /// The article text's element: `itemprop=articleBody`, a publishing system's body class,
    /// `<article>`, `<main>`, else the element with the most paragraph text. A candidate with
    /// less than half the paragraph text of the best paragraph parent is passed over.
    private static func chooseContainer(
        _ document: HTMLDocument, outside: [Bool], paragraphText: [Int], directParagraphText: [Int], allText: [Int]
    ) -> Int {
        let nodes = document.nodes
        var bestParent = 0
        for index in nodes.indices where directParagraphText[index] > directParagraphText[bestParent] {
            bestParent = index
        }
        let enough = directParagraphText[bestParent] / 2
        func score(_ index: Int) -> Int { paragraphText[index] > 0 ? paragraphText[index] : allText[index] / 4 }
        let tiers: [(HTMLDocument.Node, Int) -> Bool] = [
            { node, _ in node.attribute("itemprop")?.lowercased().split(separator: " ").contains("articlebody") == true
            },
            { _, index in document.classNames(of: index).contains { bodyClassNames.contains($0) } },
            { node, _ in node.name == "article" },
            { node, _ in node.name == "main" || node.attribute("role")?.lowercased() == "main" },
        ]
        for tier in tiers {
            var best: Int?
            for index in nodes.indices where !nodes[index].isText && !outside[index] && tier(nodes[index], index) {
                if best.map({ score(index) > score($0) }) ?? true { best = index }
            }
            if let best, paragraphText[best] >= enough, allText[best] > 0 { return best }
        }
        if directParagraphText[bestParent] > 0 {
            // Text split over sibling blocks (`<div><p>…</div><div><p>…</div>`): take the parent
            // when it holds half as much paragraph text again.
            var chosen = bestParent
            while case let parent = nodes[chosen].parent, parent > 0, !["body", "html"].contains(nodes[parent].name),
                !outside[parent], paragraphText[parent] * 2 >= paragraphText[chosen] * 3
            {
                chosen = parent
            }
            return chosen
        }
        return nodes.firstIndex { $0.name == "body" } ?? 0
    }

    /// The headline element: the first `<h1>` (or `.entry-title`) of the article, else the
    /// last one before the body text begins, else the first on the page; never the site's
    /// logo or name.
    private static func headline(
        _ document: HTMLDocument, outside: [Bool], within article: Int?, before bodyStart: Int, site: String?,
        textLength: [Int]
    ) -> Int? {
        let nodes = document.nodes
        func isHeadline(_ index: Int) -> Bool {
            guard !outside[index], !nodes[index].isText else { return false }
            let isCandidate =
                nodes[index].name == "h1"
                || document.classNames(of: index).contains {
                    ["entry-title", "post-title", "article-title", "headline", "article-headline"].contains($0)
                }
            guard isCandidate, textLength[index] > 0, textLength[index] <= 1000, nodes[index].end - index <= 2000 else {
                return false
            }
            let words = zoneWords(index, in: document)
            if words.contains("site") || words.contains("logo") || words.contains("brand") { return false }
            let text = document.text(of: index)
            return !text.isEmpty && text.lowercased() != site?.lowercased()
        }
        if let article {
            let range = article..<nodes[article].end
            if let found = range.first(where: { nodes[$0].name == "h1" && isHeadline($0) }) { return found }
            if let found = range.first(where: isHeadline) { return found }
        }
        if let found = (0..<min(bodyStart, nodes.count)).reversed().first(where: isHeadline) { return found }
        return nodes.indices.first(where: isHeadline)
    }
}
