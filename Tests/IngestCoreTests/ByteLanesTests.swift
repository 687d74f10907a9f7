import Testing

@testable import IngestCore

@Suite("Eight bytes at once")
struct ByteLanesTests {
    /// `filler` in every lane but `lane`, which holds `byte`.
    static func block(_ byte: UInt8, in lane: Int, filler: UInt8) -> UInt64 {
        var bytes = [UInt8](repeating: filler, count: 8)
        bytes[lane] = byte
        return bytes.withUnsafeBufferPointer { ByteLanes.load($0, at: 0) } ?? 0
    }

    @Test func loadReadsTheFirstByteLowestAndNothingPastTheEnd() {
        let bytes: [UInt8] = [1, 2, 3, 4, 5, 6, 7, 8, 9]
        bytes.withUnsafeBufferPointer { bytes in
            #expect(ByteLanes.load(bytes, at: 0) == 0x0807_0605_0403_0201)
            #expect(ByteLanes.load(bytes, at: 1) == 0x0908_0706_0504_0302)
            #expect(ByteLanes.load(bytes, at: 2) == nil)
        }
    }

    @Test(arguments: [UInt8(0x20), 0x80, 0x01])
    func belowAndEqualMatchTheByteRuleInEveryLane(bound: UInt8) {
        for lane in 0..<8 {
            for byte in UInt8.min...UInt8.max {
                // Fillers that match no rule, so only `byte` decides.
                let below = ByteLanes.anyBelow(Self.block(byte, in: lane, filler: 0xFF), bound)
                #expect(below == (byte < bound), "byte \(byte) in lane \(lane)")
                let equal = ByteLanes.anyEqual(Self.block(byte, in: lane, filler: 0x61), 0x22)
                #expect(equal == (byte == 0x22), "byte \(byte) in lane \(lane)")
            }
        }
    }

    /// The lowest mark of ``ByteLanes/below(_:_:)`` and ``ByteLanes/equal(_:_:)`` is the first
    /// matching byte, whatever stands above it (a borrow only runs upward).
    @Test func theLowestMarkIsTheFirstMatchingByte() {
        let above: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x7F, 0x80, 0xFF]
        for lane in 0..<8 {
            for match in [UInt8(0x00), 0x01, 0x1F] {
                for filler in above {
                    var bytes = [UInt8](repeating: 0x61, count: 8)
                    bytes[lane] = match
                    for higher in lane + 1..<8 { bytes[higher] = filler }
                    let block = bytes.withUnsafeBufferPointer { ByteLanes.load($0, at: 0) } ?? 0
                    #expect(ByteLanes.below(block, 0x20).trailingZeroBitCount / 8 == lane, "\(bytes)")
                    bytes[lane] = 0x22
                    let quoted = bytes.withUnsafeBufferPointer { ByteLanes.load($0, at: 0) } ?? 0
                    let first = bytes.firstIndex(of: 0x22) ?? 8
                    #expect(ByteLanes.equal(quoted, 0x22).trailingZeroBitCount / 8 == first, "\(bytes)")
                }
            }
        }
    }

    @Test func atLeastMarksExactlyTheASCIIBytesFromTheBound() {
        for lane in 0..<8 {
            for byte in UInt8(0)..<0x80 {
                for low in [UInt8(0x01), 0x30, 0x61, 0x7B] {
                    let marks = ByteLanes.atLeast(Self.block(byte, in: lane, filler: 0x7F), low)
                    #expect(
                        (marks >> UInt64(8 * lane + 7)) & 1 == (byte >= low ? 1 : 0), "byte \(byte) in lane \(lane)")
                    // The other lanes hold 0x7F, at least every bound: all marked.
                    #expect(marks | 0x80 << UInt64(8 * lane) == ByteLanes.highs)
                }
            }
        }
    }
}
