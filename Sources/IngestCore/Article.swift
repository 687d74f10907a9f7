/// An article as ingestd understands it: what a reader wants back out of a saved page.
///
/// Every optional field is `nil` when the file does not state it, and is stored as JSON `null`
/// rather than guessed; `authors` is empty rather than doubtful.
public struct Article: Equatable, Sendable {
    public var title: String?
    /// Person names, in the order the article gives them. Never an organisation or a site.
    public var authors: [String]
    /// The original publication day (not an "updated" one).
    public var published: CalendarDate?
    /// The publication instant as stated, RFC 3339 with its offset (`2026-01-23T09:30:00+03:30`),
    /// when the source gives a time as well as a day.
    public var publishedAt: String?
    /// The publication or site name, where the page states it (`og:site_name`, JSON-LD publisher).
    public var site: String?
    /// The article text, paragraphs separated by one blank line, page furniture removed.
    public var body: String {
        didSet { wordCount = WordCounter.count(body) }
    }
    /// Words in the body: runs of letters or digits (so `don't` and `2,000` are one each).
    /// Counted once per body, not on every read: the store line and the journal both use it.
    public private(set) var wordCount: Int
    /// ISO 639-1 code of the body's language, when it can be told.
    public var language: String?
    /// Direct quotations in the body, in order of appearance.
    public var quotes: [Quote]
    /// The format the file was read as.
    public var format: ArticleFormat

    public init(
        title: String?,
        authors: [String] = [],
        published: CalendarDate?,
        publishedAt: String? = nil,
        site: String? = nil,
        body: String,
        language: String? = nil,
        quotes: [Quote] = [],
        format: ArticleFormat = .plainText
    ) {
        self.title = title
        self.authors = authors
        self.published = published
        self.publishedAt = publishedAt
        self.site = site
        self.body = body
        wordCount = WordCounter.count(body)
        self.language = language
        self.quotes = quotes
        self.format = format
    }

    /// One author, for callers that know of at most one.
    public init(title: String?, author: String?, published: CalendarDate?, body: String) {
        self.init(title: title, authors: author.map { [$0] } ?? [], published: published, body: body)
    }

    /// The first author: the store's `author` field, kept for readers of the first format.
    public var author: String? { authors.first }
}
