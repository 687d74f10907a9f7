import IngestCore
import Logging

/// Turns ingest results into log entries: a message a person reads at a glance and fields a
/// program filters on (`INGEST_RESULT`, `ARTICLE_ID`, … once they reach the journal).
public struct IngestReport: Sendable {
    public var logger: Logger

    public init(logger: Logger) {
        self.logger = logger
    }

    /// Logs one stored article. The daemon calls this once per file, so the fields are built
    /// only when the entry is written, into a dictionary sized once, from the strings as they
    /// are (no interpolation).
    public func ingested(_ record: ArticleRecord, path: String, microseconds: Int64) {
        guard logger.logLevel <= .info else { return }
        let article = record.article
        let speakers = Self.speakers(of: article)
        var metadata = Logger.Metadata(minimumCapacity: 20)
        metadata["ingest_result"] = .string("ingested")
        metadata["ingest_source"] = .string(path)
        let hex = record.hash.hex
        let id = String(hex.prefix(16))  // record.id, without working out the hex again
        metadata["ingest_sha256"] = .string(hex)
        metadata["article_id"] = .string(id)
        metadata["ingest_usec"] = .string(String(microseconds))
        metadata["message_id"] = .string(MessageID.ingested)
        if let title = article.title { metadata["article_title"] = .string(title) }
        if let author = article.author { metadata["article_author"] = .string(author) }
        let published = article.published?.iso8601
        if let published { metadata["article_published"] = .string(published) }
        if let publishedAt = article.publishedAt { metadata["article_published_at"] = .string(publishedAt) }
        if article.authors.count > 1 {
            metadata["article_authors"] = .string(article.authors.joined(separator: "; "))
        }
        if let site = article.site { metadata["article_site"] = .string(site) }
        metadata["article_format"] = .string(article.format.rawValue)
        if let language = article.language { metadata["article_language"] = .string(language) }
        metadata["article_words"] = .string(String(article.wordCount))
        metadata["article_quotes"] = .string(String(article.quotes.count))
        metadata["article_speakers"] = .string(String(speakers.count))
        if !speakers.isEmpty { metadata["quote_speakers"] = .string(speakers.joined(separator: "; ")) }
        var near = ""
        if let match = record.nearDuplicate {
            let percent = String(Self.percent(match.similarity))
            metadata["near_duplicate_of"] = .string(match.articleID)
            metadata["similarity"] = .string(percent)
            near = ", a near-duplicate of \(match.articleID) (\(percent)% similar)"
        }
        let title = article.title.map { "\"\($0)\"" } ?? "untitled article"
        let date = published.map { " (\($0))" } ?? ""
        let quotes =
            article.quotes.isEmpty ? "" : ", \(article.quotes.count) quotes from \(speakers.count) speakers"
        logger.info("ingested \(title)\(date) from \(path) as \(id)\(quotes)\(near)", metadata: metadata)
    }

    /// The store's index file could not be written; the store itself is fine.
    public func indexFileProblem(_ error: any Error) {
        logger.warning(
            "cannot write the store's index file: \(error); ingesting goes on, but the next start reads the store lines written since then instead (slower); check the store folder's free space and permissions"
        )
    }

    /// Distinct named speakers, in order of first quotation.
    /// Most articles quote a handful of people: up to `setlessSpeakers` quotes, the names seen
    /// are searched in a list rather than hashed into a set (same result, no hashing).
    private static func speakers(of article: Article) -> [String] {
        var speakers: [String] = []
        guard article.quotes.count > setlessSpeakers else {
            for case let speaker? in article.quotes.lazy.map(\.speaker) where !speakers.contains(speaker) {
                speakers.append(speaker)
            }
            return speakers
        }
        var seen: Set<String> = []
        for case let speaker? in article.quotes.lazy.map(\.speaker) where seen.insert(speaker).inserted {
            speakers.append(speaker)
        }
        return speakers
    }

    private static let setlessSpeakers = 16

    private static func percent(_ fraction: Double) -> Int { Int((fraction * 100).rounded()) }

    public func duplicate(_ hash: ContentHash, title: String?, path: String, microseconds: Int64) {
        var metadata = common(result: "duplicate", path: path, hash: hash, microseconds: microseconds)
        metadata["message_id"] = "\(MessageID.duplicate)"
        metadata["duplicate_of"] = "\(hash.articleID)"
        let what = title.map { "\"\($0)\"" } ?? "its article"
        logger.info("duplicate: \(path) holds \(what), already stored as \(hash.articleID)", metadata: metadata)
    }

    public func rejected(_ rejection: Rejection, path: String, movedTo: String?, microseconds: Int64) {
        var metadata: Logger.Metadata = [
            "message_id": "\(MessageID.rejected)",
            "ingest_result": "rejected",
            "ingest_source": "\(path)",
            "reject_rule": "\(rejection.rule.rawValue)",
            "reject_reason": "\(rejection.detail)",
            "ingest_usec": "\(microseconds)",
        ]
        metadata["rejected_to"] = movedTo.map { "\($0)" }
        let place = movedTo.map { "; moved to \($0)" } ?? ""
        logger.warning("rejected \(path): \(rejection) (\(rejection.advice))\(place)", metadata: metadata)
    }

    public func deferred(_ path: String, error: any Error, retryIn: Duration) {
        logger.error(
            "cannot ingest \(path) yet: \(error); it stays in the inbox, next try in \(retryIn)",
            metadata: [
                "message_id": "\(MessageID.ingestDeferred)", "ingest_result": "deferred",
                "ingest_source": "\(path)",
            ])
    }

    private func common(result: String, path: String, hash: ContentHash, microseconds: Int64) -> Logger.Metadata {
        [
            "ingest_result": "\(result)",
            "ingest_source": "\(path)",
            "ingest_sha256": "\(hash.hex)",
            "article_id": "\(hash.articleID)",
            "ingest_usec": "\(microseconds)",
        ]
    }
}
