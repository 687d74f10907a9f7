/// How much two texts share, measured exactly on their shingle sets, and whether that makes
/// one a near-duplicate of the other: the check a fingerprint candidate must pass.
public struct Resemblance: Equatable, Sendable {
    /// |A ∩ B| / |A ∪ B|: the share of all their shingles the two texts have in common.
    public var jaccard: Double
    /// |A ∩ B| / min(|A|, |B|): the share of the smaller text's shingles the larger one holds.
    public var containment: Double

    public init(jaccard: Double, containment: Double) {
        self.jaccard = jaccard
        self.containment = containment
    }

    /// Jaccard alone misses trims (cutting a third of an article leaves J ≈ 0.7) and
    /// containment alone takes an excerpt for a copy (a paragraph quoted in a long article is
    /// fully contained), so both must hold.
    public var isNearDuplicate: Bool { isNearDuplicate(minimumContainment: Self.minimumContainment) }

    /// The same check with another containment threshold (the `near-duplicate-threshold` setting).
    public func isNearDuplicate(minimumContainment: Double) -> Bool {
        containment >= minimumContainment && jaccard >= Self.minimumJaccard
    }

    /// The containment a near-duplicate needs. Measured (4-word shingles): republished
    /// variants ≥ 0.92, distinct articles ≤ 0.07, including the five seeds on one subject.
    public static let minimumContainment = 0.8

    /// The Jaccard similarity a near-duplicate needs: the two texts' shingles overlap by at
    /// least half of their union, so one is not a short excerpt of the other. Measured:
    /// variants ≥ 0.69 (a third of the article cut), distinct articles ≤ 0.03.
    public static let minimumJaccard = 0.5
}
