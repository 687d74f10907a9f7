import Foundation

/// The whole of turning one file's bytes into a stored-to-be article: detect the format, read
/// it with the matching parser, check the result, find language and quotes, hash. Pure and
/// platform-neutral, so every rule is testable without a disk.
public struct ArticleExtractor: Sendable {
    /// Text shorter than this (in characters of article body) is not an article.
    public var minimumBodyLength: Int

    public init(minimumBodyLength: Int = 80) {
        self.minimumBodyLength = minimumBodyLength
    }

    /// An article ready to be stored, with the hash that identifies its content.
    public struct Extracted: Sendable {
        public var article: Article
        public var hash: ContentHash
    }

    /// - Parameters:
    ///   - fileName: the name the file arrived under; a hint only, the content decides.
    ///   - now: when the file is ingested. A stated date after the next day (UTC, to allow for
    ///     time zones ahead of it) is not a publication date: an article cannot be published
    ///     after it was saved.
    public func extract(_ bytes: some Collection<UInt8>, fileName: String? = nil, now: Date) -> Result<
        Extracted, Rejection
    > {
        let bytes = Array(bytes)
        var article: Article
        switch read(bytes, fileName: fileName) {
        case .success(let read): article = read
        case .failure(let rejection): return .failure(rejection)
        }
        // Every reader's output in one canonical form, so the hash depends on the words only.
        // Plain text and Markdown are parsed from normalized text already (a test holds the
        // parser to keeping it so); HTML and JSON bodies are built from their own structure.
        if article.format == .html || article.format == .json {
            article.body = TextNormalizer.normalize(article.body)
        }
        article.title = article.title.map(TextNormalizer.normalize).flatMap { $0.isEmpty ? nil : $0 }
        if let published = article.published, let latest = Timestamp.calendarDay(now + 86_400), published > latest {
            article.published = nil
            article.publishedAt = nil
        }
        // Characters are counted only for a short body: counting a long one would read it all.
        let body = article.body
        if body.index(body.startIndex, offsetBy: minimumBodyLength, limitedBy: body.endIndex) == nil {
            let length = body.count
            let what =
                switch length {
                case 0: "no article text"
                case 1: "only 1 character of article text"
                default: "only \(length.formatted) characters of article text"
                }
            return .failure(
                Rejection(.tooShort, "\(what); an article needs at least \(minimumBodyLength.formatted)")
            )
        }
        if article.language == nil { article.language = LanguageDetector.language(of: article.body) }
        article.quotes = QuoteExtractor.quotes(in: article.body, published: article.published)
        let hash = ContentHash(title: article.title, body: article.body)
        return .success(Extracted(article: article, hash: hash))
    }

    private func read(_ bytes: [UInt8], fileName: String?) -> Result<Article, Rejection> {
        let format: ArticleFormat
        switch ArticleFormatDetector.detect(bytes, fileName: fileName) {
        case .success(let detected): format = detected
        case .failure(let rejection): return .failure(rejection)
        }
        if format == .html { return HTMLArticleParser().parse(bytes).map { $0.with(format: .html) } }
        let decoded: String
        switch ArticleTextDecoder.decode(bytes) {
        case .success(let text): decoded = text
        case .failure(let rejection): return .failure(rejection)
        }
        switch format {
        // JSON is parsed as written: normalizing first would turn a raw U+2028 inside a string
        // into a line break, which JSON does not allow there.
        case .json: return JSONArticleParser().parse(decoded).map { $0.with(format: .json) }
        case .markdown:
            return .success(MarkdownArticleParser().parse(TextNormalizer.normalize(decoded)).with(format: .markdown))
        case .plainText, .html:
            return .success(PlainTextArticleParser().parse(TextNormalizer.normalize(decoded)).with(format: .plainText))
        }
    }
}

extension Article {
    fileprivate func with(format: ArticleFormat) -> Article {
        var article = self
        article.format = format
        return article
    }
}
