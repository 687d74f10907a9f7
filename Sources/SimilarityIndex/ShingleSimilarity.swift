/// Exact similarity of two bodies by their word shingles, for verifying the candidates the
/// fingerprint index returns. When one new article is checked against several candidates,
/// build its `ShingleSet` once and use `ShingleSet.resemblance(to:)`.
public enum ShingleSimilarity {
    /// The fingerprint radius for candidates: republished variants measured at most 13 bits
    /// apart (median 2); a random pair of fingerprints is this close with probability 3.5e-6,
    /// about 3.5 spurious candidates per lookup among 1,000,000 articles, which verification
    /// rejects. Cutting a third of an article gives 10 bits on average (so ~8% of such heavy
    /// trims fall outside); cutting a fifth, 6 bits (0.1% outside).
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
