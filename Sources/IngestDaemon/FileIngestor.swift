import Foundation
import IngestCore
import IngestSystem
import SystemPackage

/// Reads one dropped file and says what it is: an article, a rejection, gone, or not
/// readable for now. Touches no store and moves nothing: the caller decides.
public struct FileIngestor: Sendable {
    public var extractor: ArticleExtractor
    public var maxFileSize: Int64

    public init(extractor: ArticleExtractor, maxFileSize: Int64) {
        self.extractor = extractor
        self.maxFileSize = maxFileSize
    }

    /// What one file turned out to be.
    public enum Examination: Sendable {
        case article(ArticleExtractor.Extracted)
        case rejected(Rejection)
        /// The file is gone (moved or deleted since it was seen): nothing to do.
        case vanished
        /// Could not be read for a reason that may pass (I/O error, out of descriptors).
        case failed(SystemCallError)
    }

    public func examine(_ path: String, now: Date) -> Examination {
        let outcome: BoundedFileReader.Outcome
        do {
            outcome = try BoundedFileReader.read(path, limit: maxFileSize)
        } catch {
            switch error.errno {
            case .permissionDenied, .notPermitted:
                return .rejected(Rejection(.unreadable, "permission denied when opening it for reading"))
            case .isDirectory:
                return .rejected(Rejection(.notRegularFile, "it is a directory"))
            default:
                return .failed(error)
            }
        }
        switch outcome {
        case .vanished:
            return .vanished
        case .symlink:
            return .rejected(Rejection(.symlink, "it is a symbolic link; links are never followed"))
        case .notRegular(let kind):
            return .rejected(Rejection(.notRegularFile, "it is a \(kind.rawValue), not a regular file"))
        case .tooLarge(let size):
            return .rejected(
                Rejection(
                    .tooLarge,
                    "\(Int(size).formatted) bytes is over the limit of \(Int(maxFileSize).formatted) bytes"))
        case .contents(let bytes):
            switch extractor.extract(bytes, fileName: FilePath(path).lastComponent?.string, now: now) {
            case .success(let extracted): return .article(extracted)
            case .failure(let rejection): return .rejected(rejection)
            }
        }
    }
}
