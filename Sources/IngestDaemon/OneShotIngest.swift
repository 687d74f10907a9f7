import Foundation
import IngestCore
import IngestStore

/// `ingestd ingest FILE…`: the daemon's pipeline on named files, without moving them.
public struct OneShotIngest {
    public var settings: IngestSettings

    public init(settings: IngestSettings) {
        self.settings = settings
    }

    /// One result per file, in order.
    public enum Line: Sendable {
        case ingested(path: String, id: String, title: String?)
        case duplicate(path: String, of: String)
        case rejected(path: String, Rejection)
        case failed(path: String, String)

        public var text: String {
            switch self {
            case .ingested(let path, let id, let title):
                "ingested  \(path) as \(id)" + (title.map { " \"\($0)\"" } ?? "")
            case .duplicate(let path, let id):
                "duplicate \(path) of \(id)"
            case .rejected(let path, let rejection):
                "rejected  \(path): \(rejection) (\(rejection.advice))"
            case .failed(let path, let reason):
                "failed    \(path): \(reason)"
            }
        }

        public var isFailure: Bool {
            switch self {
            case .ingested, .duplicate: false
            case .rejected, .failed: true
            }
        }
    }

    /// Ingests `paths` into the store, committing once at the end; calls `emit` per file.
    public func run(_ paths: [String], emit: (Line) -> Void) throws(StoreError) {
        let store = try ArticleStore(path: settings.store)
        let ingestor = FileIngestor(
            extractor: ArticleExtractor(minimumBodyLength: settings.minBodyLength), maxFileSize: settings.maxFileSize)
        var lines: [Line] = []
        for path in paths {
            let now = Date()
            switch ingestor.examine(path, now: now) {
            case .vanished:
                lines.append(.failed(path: path, "no such file"))
            case .failed(let error):
                lines.append(.failed(path: path, "\(error)"))
            case .rejected(let rejection):
                lines.append(.rejected(path: path, rejection))
            case .article(let extracted):
                let name = String(path.split(separator: "/").last ?? Substring(path))
                var record = ArticleRecord(
                    hash: extracted.hash, source: name, folder: nil, article: extracted.article,
                    ingestedAt: Timestamp.rfc3339(now))
                let probe = SimilarityProbe(body: extracted.article.body)
                record.nearDuplicate = store.nearestDuplicate(
                    of: probe, for: record.hash, minimumSimilarity: settings.nearDuplicateThreshold)
                lines.append(
                    store.stage(record, probe: probe)
                        ? .ingested(path: path, id: record.id, title: extracted.article.title)
                        : .duplicate(path: path, of: extracted.hash.articleID))
            }
        }
        try store.commit()
        lines.forEach(emit)
    }
}
