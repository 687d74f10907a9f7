import IngestCore
import Logging
import Synchronization
import Testing

@testable import IngestDaemon

/// Pins what ``IngestReport`` hands to the log handler: the message and every metadata field
/// (the journal fields and the stderr line are made from these).
@Suite("The ingest report's log entries")
struct IngestReportTests {
    /// One entry as the handler received it.
    struct Entry: Equatable {
        var level: Logger.Level
        var message: String
        var metadata: Logger.Metadata
    }

    /// A handler that keeps the entries it is given.
    final class EntryCollector: Sendable {
        private let storage = Mutex<[Entry]>([])

        var entries: [Entry] { storage.withLock { $0 } }

        func append(_ entry: Entry) { storage.withLock { $0.append(entry) } }
    }

    struct CollectingHandler: LogHandler {
        let collector: EntryCollector
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            collector.append(
                Entry(level: event.level, message: event.message.description, metadata: event.metadata ?? [:]))
        }
    }

    private func report(_ collector: EntryCollector) -> IngestReport {
        IngestReport(logger: Logger(label: "test") { _ in CollectingHandler(collector: collector) })
    }

    private let hash = ContentHash(title: "Harbour", body: "The harbour reopened on Monday.")

    @Test func anIngestedArticleWithEveryFieldGivesEveryField() throws {
        let collector = EntryCollector()
        let article = Article(
            title: "Harbour \"works\" reopen",
            authors: ["Mira Tal", "Jon Okafor"],
            published: CalendarDate(year: 2026, month: 3, day: 7),
            publishedAt: "2026-03-07T09:30:00Z",
            site: "Coast Daily",
            body: "The harbour reopened on Monday after eleven weeks of repairs to the outer wall.",
            language: "en",
            quotes: [
                Quote(speaker: "Mira Tal", text: "It is open."),
                Quote(speaker: nil, text: "Finally."),
                Quote(speaker: "Ines Varga", text: "We waited long."),
                Quote(speaker: "Mira Tal", text: "Boats are back."),
            ],
            format: .html)
        let record = ArticleRecord(
            hash: hash, source: "coast/harbour.html", folder: "coast", article: article,
            nearDuplicate: NearDuplicateMatch(articleID: "0123456789abcdef", similarity: 0.8764),
            ingestedAt: "2026-03-08T10:00:00.000Z")
        report(collector).ingested(record, path: "coast/harbour.html", microseconds: 1234)

        let entry = try #require(collector.entries.first)
        #expect(collector.entries.count == 1)
        #expect(entry.level == .info)
        #expect(
            entry.message
                == "ingested \"Harbour \"works\" reopen\" (2026-03-07) from coast/harbour.html as \(hash.articleID)"
                + ", 4 quotes from 2 speakers, a near-duplicate of 0123456789abcdef (88% similar)")
        let expected: Logger.Metadata = [
            "ingest_result": "ingested",
            "ingest_source": "coast/harbour.html",
            "ingest_sha256": "\(hash.hex)",
            "article_id": "\(hash.articleID)",
            "ingest_usec": "1234",
            "message_id": "\(MessageID.ingested)",
            "article_title": "Harbour \"works\" reopen",
            "article_author": "Mira Tal",
            "article_authors": "Mira Tal; Jon Okafor",
            "article_published": "2026-03-07",
            "article_published_at": "2026-03-07T09:30:00Z",
            "article_site": "Coast Daily",
            "article_format": "html",
            "article_language": "en",
            "article_words": "\(article.wordCount)",
            "article_quotes": "4",
            "article_speakers": "2",
            "quote_speakers": "Mira Tal; Ines Varga",
            "near_duplicate_of": "0123456789abcdef",
            "similarity": "88",
        ]
        #expect(entry.metadata == expected)
    }

    @Test func anIngestedArticleWithFewFieldsLeavesTheOthersOut() throws {
        let collector = EntryCollector()
        let article = Article(
            title: nil, authors: ["Mira Tal"], published: nil,
            body: "Short notice: the ferry timetable changes next week, the council said.",
            quotes: [Quote(speaker: nil, text: "Changes.")])
        let record = ArticleRecord(
            hash: hash, source: "notice.txt", folder: nil, article: article, ingestedAt: "2026-03-08T10:00:00.000Z")
        report(collector).ingested(record, path: "notice.txt", microseconds: 0)

        let entry = try #require(collector.entries.first)
        #expect(
            entry.message == "ingested untitled article from notice.txt as \(hash.articleID), 1 quotes from 0 speakers")
        let expected: Logger.Metadata = [
            "ingest_result": "ingested",
            "ingest_source": "notice.txt",
            "ingest_sha256": "\(hash.hex)",
            "article_id": "\(hash.articleID)",
            "ingest_usec": "0",
            "message_id": "\(MessageID.ingested)",
            "article_author": "Mira Tal",
            "article_format": "text",
            "article_words": "\(article.wordCount)",
            "article_quotes": "1",
            "article_speakers": "0",
        ]
        #expect(entry.metadata == expected)
    }
}
