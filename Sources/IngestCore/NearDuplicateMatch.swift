/// The stored article a new one most resembles, found by the similarity index, and how much
/// of their wording they share (Jaccard similarity of word shingles, 0...1).
public struct NearDuplicateMatch: Equatable, Sendable {
    public var articleID: String
    public var similarity: Double

    public init(articleID: String, similarity: Double) {
        self.articleID = articleID
        self.similarity = similarity
    }
}
