import CHammingScan
import Testing

@testable import SimilarityIndex

@Suite("The fingerprint index")
struct NearDuplicateIndexTests {
    /// Random fingerprints, and some planted near copies of earlier ones at known distances.
    static func fingerprints(count: Int, seed: UInt64) -> [UInt64] {
        var random = SplitMix64(seed: seed)
        var result: [UInt64] = []
        for index in 0..<count {
            if index > 0 && index % 7 == 0 {
                var copy = result[Int.random(in: 0..<index, using: &random)]
                for _ in 0..<Int.random(in: 0...20, using: &random) {
                    copy ^= 1 << UInt64.random(in: 0..<64, using: &random)
                }
                result.append(copy)
            } else {
                result.append(random.next())
            }
        }
        return result
    }

    static func bruteForce(_ fingerprints: [UInt64], near query: UInt64, maxDistance: Int)
        -> [NearDuplicateIndex.Candidate]
    {
        fingerprints.enumerated().compactMap { ordinal, fingerprint in
            let distance = (fingerprint ^ query).nonzeroBitCount
            return distance <= maxDistance ? .init(ordinal: UInt32(ordinal), distance: distance) : nil
        }.sorted { ($0.distance, $0.ordinal) < ($1.distance, $1.ordinal) }
    }

    @Test(arguments: [0, 3, 7, 11, 14, 15, 19, 30])
    func findsExactlyWhatAScanFinds(maxDistance: Int) {
        let fingerprints = Self.fingerprints(count: 20000, seed: 11)
        let index = NearDuplicateIndex(fingerprints: fingerprints)
        var random = SplitMix64(seed: UInt64(maxDistance))
        for probe in 0..<60 {
            var query = fingerprints[Int.random(in: 0..<fingerprints.count, using: &random)]
            for _ in 0..<(probe % 12) { query ^= 1 << UInt64.random(in: 0..<64, using: &random) }
            let expected = Self.bruteForce(fingerprints, near: query, maxDistance: maxDistance)
            #expect(index.candidates(near: query, maxDistance: maxDistance) == expected)
            #expect(index.candidates(near: query, maxDistance: maxDistance, search: .probe) == expected)
            #expect(index.candidates(near: query, maxDistance: maxDistance, search: .scan) == expected)
        }
    }

    /// The scan in C, with the CPU's population count and without, over slices that do not
    /// divide the array evenly.
    @Test(arguments: [0, 1, 9, 14, 33, 64])
    func theNativeAndPortableScansFindWhatSwiftCounts(maxDistance: Int) {
        let fingerprints = Self.fingerprints(count: 9_000, seed: 29)
        var random = SplitMix64(seed: 5)
        for round in 0..<20 {
            var query = fingerprints[Int.random(in: 0..<fingerprints.count, using: &random)]
            for _ in 0..<(round % 16) { query ^= 1 << UInt64.random(in: 0..<64, using: &random) }
            let start = round * 97
            let slice = Array(fingerprints[start...])
            let expected = slice.indices.filter { (slice[$0] ^ query).nonzeroBitCount <= maxDistance }.map(UInt32.init)
            for scan in [cingest_hamming_scan, cingest_hamming_scan_portable] {
                let found = slice.withUnsafeBufferPointer { fingerprints in
                    [UInt32](unsafeUninitializedCapacity: fingerprints.count) { buffer, written in
                        written = scan(
                            fingerprints.baseAddress, fingerprints.count, query, UInt32(maxDistance), buffer.baseAddress
                        )
                    }
                }
                #expect(found == expected)
            }
        }
    }

    @Test func appendsAfterTheBulkBuildAreFoundAcrossRebuilds() {
        let initial = Self.fingerprints(count: 5000, seed: 3)
        var index = NearDuplicateIndex(fingerprints: initial)
        var all = initial
        let added = Self.fingerprints(count: 20000, seed: 4)
        for fingerprint in added {
            #expect(index.append(fingerprint) == UInt32(all.count))
            all.append(fingerprint)
            if all.count % 2500 == 0 {
                let query = fingerprint ^ 0b1011
                #expect(
                    index.candidates(near: query, maxDistance: 14) == Self.bruteForce(all, near: query, maxDistance: 14)
                )
            }
        }
        #expect(index.count == 25000)
        #expect(index[24999] == added[19999])
        let last = index.candidates(near: added[19999], maxDistance: 0)
        #expect(last.contains(.init(ordinal: 24999, distance: 0)))
    }

    @Test func anEmptyIndexFindsNothingAndGrows() {
        var index = NearDuplicateIndex()
        #expect(index.candidates(near: 42, maxDistance: 64).isEmpty)
        index.append(42)
        #expect(index.candidates(near: 43, maxDistance: 1) == [.init(ordinal: 0, distance: 1)])
        #expect(NearDuplicateIndex(fingerprints: []).count == 0)
    }

    @Test func masksAreEveryCombinationOnce() {
        for flips in 0...4 {
            let masks = NearDuplicateIndex.masks(upTo: flips)
            #expect(masks.count == NearDuplicateIndex.maskCount(upTo: flips))
            #expect(Set(masks).count == masks.count)
            #expect(masks.allSatisfy { $0 < 1 << 16 && $0.nonzeroBitCount <= flips })
        }
        #expect(NearDuplicateIndex.maskCount(upTo: 3) == 697)
        #expect(NearDuplicateIndex.maskCount(upTo: 16) == 65536)
    }

    /// 8 bytes of fingerprint and 4 × 8 of bucket entries per article, room for the tail
    /// (1/16 of the fingerprints), and 4 × 65,537 bucket offsets of 4 bytes.
    static func expectedBytes(indexed: Int) -> Double {
        Double(indexed) * 40 + Double(indexed + indexed / 16) * 8 - Double(indexed) * 8 + 4 * 65537 * 4
    }

    @Test func memoryIsAbout41BytesPerArticle() {
        var grown = Self.fingerprints(count: 200_000, seed: 5)
        grown.reserveCapacity(400_000)
        var index = NearDuplicateIndex(fingerprints: grown)
        let expected = Self.expectedBytes(indexed: 200_000)
        #expect(Double(index.memoryByteCount) >= expected)
        #expect(Double(index.memoryByteCount) < expected * 1.01)
        for fingerprint in Self.fingerprints(count: 12_499, seed: 6) { index.append(fingerprint) }
        #expect(Double(index.memoryByteCount) < expected * 1.01)
        index.append(7)
        #expect(Double(index.memoryByteCount) >= Self.expectedBytes(indexed: 212_500))
        #expect(Double(index.memoryByteCount) < Self.expectedBytes(indexed: 212_500) * 1.01)
    }
}
