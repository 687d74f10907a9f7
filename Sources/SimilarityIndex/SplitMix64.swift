/// A small, fast, seedable random number generator (Steele, Lea and Flood's SplitMix64): the
/// same seed gives the same numbers on every run and platform, so that generated corpora (the
/// bench's articles, the tests' texts and fingerprints) are reproducible.
///
/// It lives beside ``Hash64`` because it is that mixer applied to a counter.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Hash64.mix(state)
    }

    /// A seed named by text (FNV-1a of its bytes): stable from run to run, unlike `Hasher`.
    public static func seed(_ text: String) -> UInt64 {
        text.utf8.reduce(Hash64.fnvOffsetBasis, Hash64.fnv1a)
    }
}
