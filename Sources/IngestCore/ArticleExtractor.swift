import Foundation

/// The whole of turning one file's bytes into a stored-to-be article: decode, normalize,
/// parse, check, hash. Pure and platform-neutral, so every rule is testable without a disk.
public struct ArticleExtractor: Sendable {
    /// Text shorter than this (in characters of article body) is not an article.
    public var minimumBodyLength: Int
    public var parser: any ArticleParser

    public init(minimumBodyLength: Int = 80, parser: any ArticleParser = PlainTextArticleParser()) {
        self.minimumBodyLength = minimumBodyLength
        self.parser = parser
    }

    /// An article ready to be stored, with the hash that identifies its content.
    public struct Extracted: Sendable {
        public var article: Article
        public var hash: ContentHash
    }

    /// - Parameter now: when the file is ingested. A stated date after the next day (UTC, to allow
    ///   for time zones ahead of it) is not a publication date: an article cannot be published
    ///   after it was saved.
    public func extract(_ bytes: some Collection<UInt8>, now: Date) -> Result<Extracted, Rejection> {
        let text: String
        switch ArticleTextDecoder.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let rejection): return .failure(rejection)
        }
        var article = parser.parse(TextNormalizer.normalize(text))
        if let published = article.published, let latest = Timestamp.calendarDay(now + 86_400), published > latest {
            article.published = nil
        }
        let length = article.body.count
        if length < minimumBodyLength {
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
        let hash = ContentHash(title: article.title, body: article.body)
        return .success(Extracted(article: article, hash: hash))
    }
}
