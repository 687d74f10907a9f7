import SimilarityIndex

/// What the store needs to place a new article among the stored ones: the body's shingle set
/// and fingerprint, and, when looked up already, the stored articles near that fingerprint.
///
/// Making it is the costly part of a near-duplicate check (a lookup among a million stored
/// fingerprints costs about as much as parsing the article), so it is made off the store's
/// thread, from a copy of the store's ``ArticleStore/similarityIndex``, while files are parsed
/// on every core. The store then only looks through the articles the copy did not hold.
public struct SimilarityProbe: Sendable {
    /// The stored articles near the fingerprint, among the first `searchedCount`.
    public struct Lookup: Sendable {
        /// Within ``ShingleSimilarity/candidateDistance`` bits.
        public var candidates: [NearDuplicateIndex.Candidate]
        /// How many articles the index that was searched held.
        public var searchedCount: Int
    }

    public let shingles: ShingleSet
    public let fingerprint: UInt64
    /// `nil` when no index was given: the store looks the fingerprint up itself.
    public let lookup: Lookup?

    /// - Parameter index: the stored fingerprints to look in now; `nil` to leave that to the store.
    public init(body: String, near index: NearDuplicateIndex? = nil) {
        let shingles = ShingleSet(body)
        let fingerprint = MinHashFingerprint.fingerprint(of: shingles)
        self.shingles = shingles
        self.fingerprint = fingerprint
        lookup = index.map { index in
            Lookup(
                candidates: fingerprint == 0
                    ? [] : index.candidates(near: fingerprint, maxDistance: ShingleSimilarity.candidateDistance),
                searchedCount: index.count)
        }
    }

    /// A probe with a given fingerprint (tests tell stored fingerprints from recomputed ones).
    init(shingles: ShingleSet, fingerprint: UInt64) {
        self.shingles = shingles
        self.fingerprint = fingerprint
        lookup = nil
    }
}
