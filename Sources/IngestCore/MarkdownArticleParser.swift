/// Reads an article saved as Markdown: YAML front matter when present (title, authors, date,
/// site, language), the body as plain paragraphs, the first `# Heading` as the title when the
/// front matter gives none. The plain-text rules then run on what is left, so a byline under
/// the title or a comment form at the end is handled as in a text file.
public struct MarkdownArticleParser: Sendable {
    public init() {}

    public func parse(_ text: String) -> Article {
        var frontMatter: FrontMatter?
        var content = text[...]
        if let split = FrontMatter.split(text) {
            frontMatter = split.frontMatter
            content = split.rest
        }
        var blocks = MarkdownText.blocks(MarkdownText.withoutClosingNote(content))
        var title = frontMatter?.first("title", "headline").map { HTMLDocument.collapsed($0) }
        if let first = blocks.first, first.headingLevel == 1, title == nil || title == first.text {
            title = first.text
            blocks.removeFirst()
        } else if title == nil, let heading = blocks.firstIndex(where: { $0.headingLevel == 1 }), heading <= 2 {
            title = blocks[heading].text
            blocks.remove(at: heading)
        }
        let body = blocks.map(\.text).joined(separator: "\n\n")
        // The plain-text rules take a byline or dateline under the title and the furniture at
        // the end; the title goes in first so that they see the article as a text file has it.
        let plain = PlainTextArticleParser().parse(TextNormalizer.normalize((title.map { $0 + "\n\n" } ?? "") + body))
        var plainBody = plain.body
        if let title, plain.title != title, plainBody.hasPrefix(title) {
            plainBody = String(plainBody.dropFirst(title.count).drop { $0 == "\n" })
        }
        // Clippers put the page's address in `source:`: an address is not a site's name.
        let site = [
            frontMatter?.first("site", "site_name", "publisher"), frontMatter?.first("source"),
        ].lazy.compactMap { $0 }.first { !Self.isAddress($0) }
        let authorField = frontMatter?.all("authors", "author", "byline", "auteur", "auteurs", "autor", "autoren") ?? []
        let authors = authorField.flatMap { AuthorList.names(in: $0, excluding: site.map { [$0] } ?? []) }
        let stamp = frontMatter?.first("date", "published", "pubdate", "published_at", "publishdate", "datum", "fecha")
            .flatMap(DateTimeStamp.stated)
        var article = Article(
            title: title ?? plain.title,
            authors: authorField.isEmpty ? plain.authors : authors,
            published: stamp?.date ?? plain.published,
            publishedAt: stamp?.rfc3339,
            site: site,
            body: plainBody,
            format: .markdown
        )
        if let language = frontMatter?.first("lang", "language") {
            let code = language.lowercased().prefix { $0.isLetter }
            if (2...3).contains(code.count) { article.language = String(code) }
        }
        return article
    }

    /// `https://…`, `www.example.com/…`, `example.com`: a web address, not a name.
    static func isAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") { return true }
        // A bare domain: no spaces, a dot followed by letters.
        return !lower.contains(" ") && lower.contains(".") && lower.last?.isLetter == true
            && lower.split(separator: ".").count >= 2 && !lower.contains(where: { $0.isUppercase })
    }
}
