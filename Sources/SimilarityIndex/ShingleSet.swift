/// The distinct shingle hashes of a text, sorted, for exact set similarity between a new
/// article and a stored candidate (compute the new article's set once, compare it with each
/// candidate's).
public struct ShingleSet: Sendable, Equatable {
    /// The distinct shingle hashes, ascending.
    public let hashes: [UInt64]

    public init(_ text: String, width: Int = ShingleText.defaultWidth) {
        hashes = ShingleText.withShingles(of: text, width: width) { DistinctHashes.sorted(UnsafeBufferPointer($0)) }
    }

    public var count: Int { hashes.count }

    /// The number of shingles both sets hold.
    public func intersectionCount(with other: ShingleSet) -> Int {
        var i = 0
        var j = 0
        var shared = 0
        let a = hashes
        let b = other.hashes
        while i < a.count && j < b.count {
            if a[i] < b[j] {
                i += 1
            } else if a[i] > b[j] {
                j += 1
            } else {
                shared += 1
                i += 1
                j += 1
            }
        }
        return shared
    }

    /// |A ∩ B| / |A ∪ B|: 1 for the same shingles, 0 for none shared (and for two empty texts).
    public func jaccard(with other: ShingleSet) -> Double {
        let shared = intersectionCount(with: other)
        let union = count + other.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// |A ∩ B| / min(|A|, |B|): how much of the smaller text the larger one holds; 1 when one
    /// text is the other with passages trimmed.
    public func containment(with other: ShingleSet) -> Double {
        let smaller = min(count, other.count)
        return smaller == 0 ? 0 : Double(intersectionCount(with: other)) / Double(smaller)
    }

    /// Jaccard and containment together, counting the shared shingles once.
    public func resemblance(to other: ShingleSet) -> Resemblance {
        let shared = intersectionCount(with: other)
        let union = count + other.count - shared
        let smaller = min(count, other.count)
        return Resemblance(
            jaccard: union == 0 ? 0 : Double(shared) / Double(union),
            containment: smaller == 0 ? 0 : Double(shared) / Double(smaller))
    }
}
