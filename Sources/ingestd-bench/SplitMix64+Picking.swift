import SimilarityIndex

/// The word picking the bench's generator needs (plain modulo: fine for a word picker, and the
/// cached stores are keyed by what it gives).
extension SplitMix64 {
    /// A number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[Int(next() % UInt64(elements.count))]
    }
}
