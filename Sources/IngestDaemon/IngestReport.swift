import IngestCore
import Logging

/// Turns ingest results into log entries: a message a person reads at a glance and fields a
/// program filters on (`INGEST_RESULT`, `ARTICLE_ID`, … once they reach the journal).
public struct IngestReport: Sendable {
    public var logger: Logger

    public init(logger: Logger) {
        self.logger = logger
    }

    public func ingested(_ record: ArticleRecord, path: String, microseconds: Int64) {
        let title = record.article.title.map { "\"\($0)\"" } ?? "untitled article"
        let date = record.article.published.map { " (\($0.iso8601))" } ?? ""
        var metadata = common(result: "ingested", path: path, hash: record.hash, microseconds: microseconds)
        metadata["message_id"] = "\(MessageID.ingested)"
        metadata["article_title"] = record.article.title.map { "\($0)" }
        metadata["article_author"] = record.article.author.map { "\($0)" }
        metadata["article_published"] = record.article.published.map { "\($0.iso8601)" }
        metadata["article_published_at"] = record.article.publishedAt.map { "\($0)" }
        if record.article.authors.count > 1 {
            metadata["article_authors"] = "\(record.article.authors.joined(separator: "; "))"
        }
        metadata["article_site"] = record.article.site.map { "\($0)" }
        metadata["article_format"] = "\(record.article.format.rawValue)"
        metadata["article_language"] = record.article.language.map { "\($0)" }
        metadata["article_words"] = "\(record.article.wordCount)"
        let speakers = Self.speakers(of: record.article)
        metadata["article_quotes"] = "\(record.article.quotes.count)"
        metadata["article_speakers"] = "\(speakers.count)"
        if !speakers.isEmpty { metadata["quote_speakers"] = "\(speakers.joined(separator: "; "))" }
        var near = ""
        if let match = record.nearDuplicate {
            metadata["near_duplicate_of"] = "\(match.articleID)"
            metadata["similarity"] = "\(Self.percent(match.similarity))"
            near = ", a near-duplicate of \(match.articleID) (\(Self.percent(match.similarity))% similar)"
        }
        let quotes =
            record.article.quotes.isEmpty
            ? "" : ", \(record.article.quotes.count) quotes from \(speakers.count) speakers"
        logger.info("ingested \(title)\(date) from \(path) as \(record.id)\(quotes)\(near)", metadata: metadata)
    }

    /// The store's index file could not be written; the store itself is fine.
    public func indexFileProblem(_ error: any Error) {
        logger.warning(
            "cannot write the store's index file: \(error); ingesting goes on, but the next start reads the store lines written since then instead (slower); check the store folder's free space and permissions"
        )
    }

    /// Distinct named speakers, in order of first quotation.
    private static func speakers(of article: Article) -> [String] {
        var seen: Set<String> = []
        return article.quotes.compactMap(\.speaker).filter { seen.insert($0).inserted }
    }

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
