/// Reads an HTML page as a browser saves it.
public struct HTMLArticleParser: Sendable {
    public init() {}

    public func parse(_ bytes: [UInt8]) -> Result<Article, Rejection> {
        .failure(Rejection(.binary, "HTML is not read yet"))
    }
}
