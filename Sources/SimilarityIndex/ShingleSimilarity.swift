/// Exact similarity of two bodies by their word shingles, for verifying the candidates the
/// fingerprint index returns. When one new article is checked against several candidates,
/// build its `ShingleSet` once and use `ShingleSet.resemblance(to:)`.
public enum ShingleSimilarity {
    /// The fingerprint radius for candidates, measured (see `SimilarityCalibrationTests`):
    /// 1,882 republished variants of 125 articles were at most 13 bits apart (median 2);
    /// pairs of distinct articles at least 16 (median 32). A random pair of fingerprints is
    /// within 14 bits with probability 3.5e-6: about 3.5 spurious candidates per lookup among
    /// 1,000,000 articles, which verification rejects. Cutting a fifth of an article moves
    /// the fingerprint 6 bits on average (0.1% of such trims fall outside 14), a quarter
    /// 8 bits (1%), a third 11 bits (14%).
    public static let candidateDistance = 14

    /// The Jaccard similarity of the shingle sets of `a` and `b` (0 when either has no words).
    public static func jaccard(_ a: String, _ b: String) -> Double {
        ShingleSet(a).jaccard(with: ShingleSet(b))
    }

    /// Jaccard and containment of `a` and `b`, and whether they make a near-duplicate.
    public static func resemblance(_ a: String, _ b: String) -> Resemblance {
        ShingleSet(a).resemblance(to: ShingleSet(b))
    }
}
