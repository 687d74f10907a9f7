/// One line of the store: an article with where it came from and when it was taken in.
///
/// Its JSON form is the store's contract, so it is written by hand with a fixed key order
/// (`id, sha256, source, folder, title, author, published, body, ingested_at`) and `null`
/// for every field the article does not state.
public struct ArticleRecord: Equatable, Sendable {
    public var hash: ContentHash
    /// The file name the article arrived under, relative to its folder.
    public var source: String
    /// The inbox subfolder it was dropped in (e.g. `iran/2026`), or `nil` for the inbox itself.
    public var folder: String?
    public var article: Article
    /// RFC 3339 UTC, e.g. `2026-11-21T05:02:30.123Z`.
    public var ingestedAt: String

    public init(hash: ContentHash, source: String, folder: String?, article: Article, ingestedAt: String) {
        self.hash = hash
        self.source = source
        self.folder = folder
        self.article = article
        self.ingestedAt = ingestedAt
    }

    public var id: String { hash.articleID }

    /// The record as one JSON object followed by `\n`, UTF-8.
    public func jsonLine() -> [UInt8] {
        var json = JSONObjectWriter()
        json.field("id", id)
        json.field("sha256", hash.hex)
        json.field("source", source)
        json.field("folder", folder)
        json.field("title", article.title)
        json.field("author", article.author)
        json.field("published", article.published?.iso8601)
        json.field("body", article.body)
        json.field("ingested_at", ingestedAt)
        return json.finish()
    }
}
