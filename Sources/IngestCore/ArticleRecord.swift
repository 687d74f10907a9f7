/// One line of the store: an article with where it came from and when it was taken in.
///
/// Its JSON form is the store's contract, so it is written by hand with a fixed key order and
/// `null` for every field the article does not state:
/// `id, sha256, source, folder, format, title, author, authors, published, published_at, site,
/// language, word_count, body, quotes, near_duplicate_of, similarity, ingested_at`.
/// `author` is the first of `authors`, kept for readers of the first version of the store.
public struct ArticleRecord: Equatable, Sendable {
    public var hash: ContentHash
    /// The file name the article arrived under, relative to its folder.
    public var source: String
    /// The inbox subfolder it was dropped in (e.g. `iran/2026`), or `nil` for the inbox itself.
    public var folder: String?
    public var article: Article
    /// A stored article this one closely resembles (the same text republished with small edits).
    public var nearDuplicate: NearDuplicateMatch?
    /// RFC 3339 UTC, e.g. `2026-11-21T05:02:30.123Z`.
    public var ingestedAt: String

    public init(
        hash: ContentHash, source: String, folder: String?, article: Article,
        nearDuplicate: NearDuplicateMatch? = nil, ingestedAt: String
    ) {
        self.hash = hash
        self.source = source
        self.folder = folder
        self.article = article
        self.nearDuplicate = nearDuplicate
        self.ingestedAt = ingestedAt
    }

    public var id: String { hash.articleID }

    /// The record as one JSON object followed by `\n`, UTF-8.
    public func jsonLine() -> [UInt8] {
        var json = JSONObjectWriter(reservingCapacity: estimatedLineLength)
        let hex = hash.hex
        json.field("id", String(hex.prefix(16)))  // `id`, without working out the hex again
        json.field("sha256", hex)
        json.field("source", source)
        json.field("folder", folder)
        json.field("format", article.format.rawValue)
        json.field("title", article.title)
        json.field("author", article.author)
        json.field("authors", article.authors)
        json.field("published", article.published?.iso8601)
        json.field("published_at", article.publishedAt)
        json.field("site", article.site)
        json.field("language", article.language)
        json.field("word_count", article.wordCount)
        json.field("body", article.body)
        json.field("quotes", objects: article.quotes) { json, quote in
            json.field("speaker", quote.speaker)
            json.field("said_on", object: quote.saidOn) { json, saidOn in
                json.field("text", saidOn.text)
                json.field("date", saidOn.date?.iso8601)
            }
            json.field("text", quote.text)
        }
        json.field("near_duplicate_of", nearDuplicate?.articleID)
        json.field("similarity", fraction: nearDuplicate?.similarity)
        json.field("ingested_at", ingestedAt)
        return json.finish()
    }

    /// Room for the line: its strings, an eighth more for escapes (a body's line breaks), and
    /// the keys, quotes and numbers around them. Only a guess: a line longer grows its buffer.
    private var estimatedLineLength: Int {
        var strings = source.utf8.count + article.body.utf8.count + ingestedAt.utf8.count
        strings += (article.title?.utf8.count ?? 0) + (article.site?.utf8.count ?? 0)
        strings += (article.publishedAt?.utf8.count ?? 0) + (folder?.utf8.count ?? 0)
        for author in article.authors { strings += 2 * author.utf8.count }
        for quote in article.quotes {
            strings += quote.text.utf8.count + (quote.speaker?.utf8.count ?? 0) + (quote.saidOn?.text.utf8.count ?? 0)
            strings += 80
        }
        return strings + strings / 8 + 512
    }
}
