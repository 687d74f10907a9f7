import SimilarityIndex

/// What the store needs to place a new article among the stored ones: the body's shingle set
/// and fingerprint, and the stored articles whose fingerprints are near it.
///
/// It is made off the store's thread, from a copy of the store's ``ArticleStore/similarityIndex``,
/// so that the costly part of a near-duplicate check runs on every core while files are parsed.
public struct SimilarityProbe: Sendable {
    public let shingles: ShingleSet
    public let fingerprint: UInt64
    /// Committed articles within ``ShingleSimilarity/candidateDistance`` bits, nearest first.
    public let candidates: [NearDuplicateIndex.Candidate]

    /// - Parameter index: the stored fingerprints to look in; `nil` when near-duplicates are
    ///   not looked for (the fingerprint is still made: the store keeps one for every article).
    public init(body: String, near index: NearDuplicateIndex?) {
        shingles = ShingleSet(body)
        fingerprint = MinHashFingerprint.fingerprint(of: shingles)
        guard let index, fingerprint != 0 else {
            candidates = []
            return
        }
        candidates = index.candidates(near: fingerprint, maxDistance: ShingleSimilarity.candidateDistance)
    }

    /// A probe with a given fingerprint (tests tell stored fingerprints from recomputed ones).
    init(shingles: ShingleSet, fingerprint: UInt64) {
        self.shingles = shingles
        self.fingerprint = fingerprint
        candidates = []
    }
}
