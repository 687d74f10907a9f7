import SimilarityIndex

/// What the store needs to place a new article among the stored ones: the body's shingle set
/// and fingerprint.
///
/// Making it is the costly part of a near-duplicate check, and it needs nothing from the
/// store, so it is made off the store's thread, while files are parsed on every core; the
/// store then only looks the fingerprint up (a few microseconds) and compares the nearest
/// candidates.
public struct SimilarityProbe: Sendable {
    public let shingles: ShingleSet
    public let fingerprint: UInt64

    public init(body: String) {
        shingles = ShingleSet(body)
        fingerprint = MinHashFingerprint.fingerprint(of: shingles)
    }

    /// A probe with a given fingerprint (tests tell stored fingerprints from recomputed ones).
    init(shingles: ShingleSet, fingerprint: UInt64) {
        self.shingles = shingles
        self.fingerprint = fingerprint
    }
}
