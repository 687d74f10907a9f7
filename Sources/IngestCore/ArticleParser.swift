/// Turns normalized text into an article. One replaceable piece: richer parsers (Markdown,
/// HTML, JSON) plug in here without touching decoding, hashing or the store.
public protocol ArticleParser: Sendable {
    /// Parses text already passed through ``TextNormalizer``.
    func parse(_ normalizedText: String) -> Article
}
