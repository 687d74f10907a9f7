/// The 64-bit hashing the shingles are built from: FNV-1a over the bytes of a normalized word,
/// then a strong final mixer, so that every output bit depends on every input bit.
///
/// FNV-1a alone is fast on short keys (words are a few bytes) but mixes its high bits poorly;
/// the fingerprints take bits from all 64 positions, so each word hash and each shingle hash
/// goes through `mix`, the finalizer of SplitMix64 (Stafford's variant 13), which passes
/// avalanche tests. The values are stable across runs, platforms and versions of Swift (no
/// per-process seed, unlike `Hasher`): fingerprints are persisted.
public enum Hash64 {
    /// FNV-1a's 64-bit offset basis: the state before any byte.
    static let fnvOffsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// FNV-1a's 64-bit prime.
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    /// One FNV-1a step: the state after `byte`.
    @inline(__always)
    static func fnv1a(_ state: UInt64, _ byte: UInt8) -> UInt64 {
        (state ^ UInt64(byte)) &* fnvPrime
    }

    /// SplitMix64's finalizer: a bijection of 64-bit values with full avalanche.
    @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
