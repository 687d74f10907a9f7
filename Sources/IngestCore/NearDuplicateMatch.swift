/// The stored article a new one most resembles, found by the similarity index, and how much
/// of the wording they share: the share of the shorter text's 4-word sequences (shingles)
/// that the other holds, 0...1.
public struct NearDuplicateMatch: Equatable, Sendable {
    public var articleID: String
    public var similarity: Double

    public init(articleID: String, similarity: Double) {
        self.articleID = articleID
        self.similarity = similarity
    }
}
