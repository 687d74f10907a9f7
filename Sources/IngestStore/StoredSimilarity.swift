import SimilarityIndex

/// The committed articles as other threads may hold them while the store goes on: their
/// fingerprints, to look a new article's candidates up in, and where their lines start, to
/// confirm the nearest candidates on their stored text. Both are shared copies (taken with
/// ``ArticleStore/similaritySnapshot``), so holding one costs nothing until the store must add
/// to its own arrays: see ``ArticleStore/indexRecentFingerprints()``.
public struct StoredSimilarity: Sendable {
    /// The committed articles' fingerprints, by article number.
    public let index: NearDuplicateIndex
    /// Where each of those articles' lines starts in the store.
    let offsets: [UInt64]
    let bodies: StoredBodyReader

    /// The committed articles it holds.
    public var count: Int { index.count }

    /// How much article `ordinal` (below ``count``) resembles `shingles`, on its stored text;
    /// `nil` if its line cannot be read.
    func resemblance(ofArticle ordinal: UInt32, to shingles: ShingleSet) -> Resemblance? {
        let number = Int(ordinal)
        return bodies.shingles(ofArticle: number, at: offsets[number]).map { shingles.resemblance(to: $0) }
    }
}
