import SimilarityIndex

/// What the store needs to place a new article among the stored ones: the body's shingle set
/// and fingerprint, and, when looked up already, the stored articles near that fingerprint,
/// the nearest of them compared with the body on their stored text.
///
/// Making it is the costly part of a near-duplicate check (a lookup among a million stored
/// fingerprints costs about as much as parsing the article, and comparing a candidate means
/// reading its line back and splitting its body), so it is made off the store's thread, from
/// a ``StoredSimilarity`` snapshot, while files are parsed on every core. The store then only
/// looks through, and compares, the articles the snapshot did not hold.
public struct SimilarityProbe: Sendable {
    /// The stored articles near the fingerprint, among the first `searchedCount`.
    public struct Lookup: Sendable {
        /// Within ``ShingleSimilarity/candidateDistance`` bits.
        public var candidates: [NearDuplicateIndex.Candidate]
        /// How many articles the index that was searched held.
        public var searchedCount: Int
        /// How much the nearest candidates (at most ``ArticleStore/verifiedCandidates``)
        /// resemble the body, by article number; one whose line could not be read is left
        /// for the store to try again.
        public var compared: [UInt32: Resemblance] = [:]
    }

    public let shingles: ShingleSet
    public let fingerprint: UInt64
    /// `nil` when no snapshot was given: the store looks the fingerprint up itself.
    public let lookup: Lookup?

    /// - Parameter stored: the committed articles to look in and compare with now; `nil` to
    ///   leave that to the store.
    public init(body: String, near stored: StoredSimilarity? = nil) {
        let shingles = ShingleSet(body)
        let fingerprint = MinHashFingerprint.fingerprint(of: shingles)
        self.shingles = shingles
        self.fingerprint = fingerprint
        lookup = stored.map { stored in
            guard fingerprint != 0 else { return Lookup(candidates: [], searchedCount: stored.count) }
            var lookup = Lookup(
                candidates: stored.index.candidates(
                    near: fingerprint, maxDistance: ShingleSimilarity.candidateDistance),
                searchedCount: stored.count)
            // The store compares the nearest few of these and of the articles the snapshot
            // lacks; those of these can only be among the nearest few of these.
            for candidate in ArticleStore.nearest(lookup.candidates) {
                lookup.compared[candidate.ordinal] = stored.resemblance(ofArticle: candidate.ordinal, to: shingles)
            }
            return lookup
        }
    }

    /// A probe with a given fingerprint (tests tell stored fingerprints from recomputed ones).
    init(shingles: ShingleSet, fingerprint: UInt64) {
        self.shingles = shingles
        self.fingerprint = fingerprint
        lookup = nil
    }
}
