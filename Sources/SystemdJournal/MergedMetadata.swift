import Logging

/// The metadata of one log entry as both handlers write it: the handler's own, then the
/// provider's, then the entry's, later ones winning on a shared key.
///
/// It exists for the common case being cheap: the daemon's loggers carry no metadata of their
/// own and there is no provider, so the entry's dictionary is the result as it is; merging it
/// into an empty one would hash every key again, for every ingested file.
enum MergedMetadata {
    static func of(
        _ handler: Logger.Metadata, _ provided: Logger.Metadata?, _ entry: Logger.Metadata?
    ) -> Logger.Metadata {
        let provided = provided ?? [:]
        let entry = entry ?? [:]
        if provided.isEmpty && entry.isEmpty { return handler }
        if handler.isEmpty && entry.isEmpty { return provided }
        if handler.isEmpty && provided.isEmpty { return entry }
        var merged = handler
        merged.merge(provided) { $1 }
        merged.merge(entry) { $1 }
        return merged
    }
}
