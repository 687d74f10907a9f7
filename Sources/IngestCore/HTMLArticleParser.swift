/// Reads an HTML page as a browser saves it ("Save page as", complete or HTML only, or a
/// single-file save with inline images): metadata first (JSON-LD, Open Graph, `<meta>`), the
/// page's own structure next (`<h1>`, bylines, `<time>`), never the comments or the sidebars.
public struct HTMLArticleParser: Sendable {
    public init() {}

    public func parse(_ bytes: [UInt8]) -> Result<Article, Rejection> {
        let encoding = HTMLCharset.encoding(of: bytes)
        guard let document = HTMLDocument.parse(bytes, encoding: encoding) else {
            return .failure(Rejection(.unreadableFormat, "the HTML parser found no document in the file"))
        }
        let page = HTMLPage(document)
        var site = page.siteName
        let title = title(of: page, site: site)
        if site == nil, let title, let pageTitle = page.document.nodes.firstIndex(where: { $0.name == "title" }) {
            // "Northfold Notebook: Why the bus cuts matter": a blog states its name only there.
            site = TitleCleaner.site(in: page.document.text(of: pageTitle), headline: title)
        }
        let stamp = published(in: page)
        return .success(
            Article(
                title: title,
                authors: authors(of: page, site: site),
                published: stamp?.date,
                publishedAt: stamp?.rfc3339,
                site: site,
                body: HTMLBodyText.paragraphs(of: page, title: title).joined(separator: "\n\n"),
                format: .html
            ))
    }

    /// `og:title`, JSON-LD `headline`, the article's `<h1>`, then `<title>`; the site name
    /// taken off whichever is used.
    private func title(of page: HTMLPage, site: String?) -> String? {
        let document = page.document
        let candidates: [String?] = [
            page.meta["og:title"], page.schema?.headline, page.headlineElement.map(document.text(of:)),
            document.nodes.firstIndex { $0.name == "title" }.map(document.text(of:)),
        ]
        for case let candidate? in candidates {
            let headline = TitleCleaner.headline(candidate, site: site)
            // A home-page style `og:title` that is only the site's name is no headline.
            if !headline.isEmpty && headline.lowercased() != site?.lowercased() { return headline }
        }
        return nil
    }

    /// JSON-LD Person authors, `<meta name=author>`, `rel=author` links and byline elements,
    /// then a "By …" line in the article's header: the first source that names a person.
    private func authors(of page: HTMLPage, site: String?) -> [String] {
        let excluded = [site, page.schema?.publisher].compactMap { $0 }
        if let schema = page.schema, !schema.authors.isEmpty {
            let names = schema.authors.filter { name in !excluded.contains { $0.lowercased() == name.lowercased() } }
            if !names.isEmpty { return names }
        }
        for key in ["author", "article:author", "dc.creator", "parsely-author", "sailthru.author"] {
            if let value = page.meta[key] {
                let names = AuthorList.names(in: value, excluding: excluded)
                if !names.isEmpty { return names }
            }
        }
        let document = page.document
        let nodes = document.nodes
        let article = page.articleElement.map { $0..<nodes[$0].end } ?? page.headerZone
        let searches = [article, 1..<nodes.count]
        for range in searches {
            var names: [String] = []
            // A page has a byline or two; past a few dozen candidates it is tag soup.
            var candidates = 0
            for index in range where !nodes[index].isText && !page.outside[index] && isByline(index, in: document) {
                for name in bylineNames(index, in: page, excluding: excluded) where !names.contains(name) {
                    names.append(name)
                }
                candidates += 1
                if candidates >= 40 { break }
            }
            if !names.isEmpty { return names }
        }
        for index in page.headerZone where !page.outside[index] {
            guard let text = page.shortText(index, limit: 240) else { continue }
            guard text.lowercased().hasPrefix("by ") || text.lowercased().hasPrefix("written by ") else { continue }
            let names = AuthorList.names(in: text, excluding: excluded)
            if !names.isEmpty { return names }
        }
        return []
    }

    private func isByline(_ index: Int, in document: HTMLDocument) -> Bool {
        let node = document.nodes[index]
        if node.name == "meta" || node.name == "link" { return false }
        if node.attribute("itemprop")?.lowercased().split(separator: " ").contains("author") == true { return true }
        if node.attribute("rel")?.lowercased().split(separator: " ").contains("author") == true { return true }
        let words = HTMLPage.zoneWords(index, in: document)
        if words.contains("bio") || words.contains("avatar") || words.contains("description") { return false }
        return words.contains("author") || words.contains("byline") || words.contains("byl")
    }

    /// The names a byline element gives; an `itemprop=author` block names its person with an
    /// `itemprop=name` inside.
    private func bylineNames(_ index: Int, in page: HTMLPage, excluding: [String]) -> [String] {
        let nodes = page.document.nodes
        guard let text = page.shortText(index, limit: 400) else { return [] }
        let inner = ((index + 1)..<nodes[index].end).filter { nodes[$0].attribute("itemprop")?.lowercased() == "name" }
        if !inner.isEmpty {
            return inner.flatMap {
                page.shortText($0, limit: 240).map { AuthorList.names(in: $0, excluding: excluding) } ?? []
            }
        }
        return AuthorList.names(in: text, excluding: excluding)
    }

    /// JSON-LD `datePublished`, `article:published_time` and its kin, `itemprop=datePublished`,
    /// a `<time>` in the article's header, then a dateline there. Never `dateModified`, never a
    /// date inside the text.
    private func published(in page: HTMLPage) -> DateTimeStamp? {
        if let stated = page.schema?.datePublished, let stamp = DateTimeStamp.stated(stated) { return stamp }
        let metaKeys = [
            "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
            "publish-date", "dc.date.issued", "dcterms.issued", "dc.date", "parsely-pub-date", "sailthru.date",
        ]
        for key in metaKeys {
            if let value = page.meta[key], let stamp = DateTimeStamp.stated(value) { return stamp }
        }
        let document = page.document
        let nodes = document.nodes
        for index in nodes.indices where !page.outside[index] && nodes[index].name != "meta" {
            guard nodes[index].attribute("itemprop")?.lowercased() == "datepublished" else { continue }
            let node = nodes[index]
            let value =
                node.attribute("datetime") ?? node.attribute("content") ?? node.attribute("title")
                ?? page.shortText(index, limit: 80)
            if let value, let stamp = DateTimeStamp.stated(value) { return stamp }
        }
        let header = page.headerZone
        for index in header where nodes[index].name == "time" && !page.outside[index] && !isUpdate(index, document) {
            if let value = nodes[index].attribute("datetime"), let stamp = DateTimeStamp.stated(value) { return stamp }
            if let text = page.shortText(index, limit: 80), let date = DateText.parse(text) {
                return DateTimeStamp(date: date)
            }
        }
        for index in header where !nodes[index].isText && !page.outside[index] && !isUpdate(index, document) {
            guard let text = page.shortText(index, limit: 80) else { continue }
            let lower = text.lowercased()
            if lower.hasPrefix("updated") || lower.hasPrefix("last updated") || lower.hasPrefix("modified") { continue }
            if let date = DateText.parse(text) { return DateTimeStamp(date: date) }
        }
        return nil
    }

    /// A `<time class="updated">`, `itemprop=dateModified`: when the page changed, not when it
    /// was published.
    private func isUpdate(_ index: Int, _ document: HTMLDocument) -> Bool {
        if document.nodes[index].attribute("itemprop")?.lowercased() == "datemodified" { return true }
        let words = HTMLPage.zoneWords(index, in: document)
        return (words.contains("updated") || words.contains("modified")) && !words.contains("published")
    }
}
