/// Reads an article saved as Markdown, with YAML front matter when present.
public struct MarkdownArticleParser: Sendable {
    public init() {}

    public func parse(_ text: String) -> Article {
        PlainTextArticleParser().parse(text)
    }
}
