import CHammingScan

/// Finds the stored articles whose 64-bit fingerprints are within a Hamming distance of a new
/// one, without comparing against all of them, in about 41.5 bytes per article.
///
/// Articles are known by ordinal (`UInt32`, the store's article number: the position of the
/// fingerprint in the order they were given). The method is the pigeonhole one: the 64 bits
/// are cut into 4 blocks of 16; two fingerprints within distance `k` differ in at most
/// `k / 4` bits of at least one block. For each block a bucket table (built by counting sort:
/// bucket offsets and the ordinals sorted by that block's value) finds the fingerprints whose
/// block is within `k / 4` bits of the query's, by probing every bucket that close; each
/// candidate is then checked on all 64 bits. A radius of up to 15 costs at most 697 bucket
/// probes per block (about 42,000 fingerprints checked at 1,000,000 articles, against
/// 1,000,000 for a scan); beyond that a scan is cheaper and is what the index does.
///
/// Each bucket entry carries, beside the ordinal, 32 more bits of its fingerprint (the next
/// two blocks), read in order with it: that partial distance turns away about nine in ten
/// entries without looking up their fingerprints, scattered over megabytes. At 1,000,000
/// articles and radius 14 that made a lookup about 7 times cheaper (1.5 ms before).
///
/// Four blocks, rather than the `k + 1` exact-match blocks of the textbook method, keep the
/// memory at 8 bytes of fingerprint plus 4 × 8 bytes of bucket entries per article, plus 1 MB
/// of bucket offsets in all, for any radius.
///
/// Appends go to an unindexed tail that lookups scan; when the tail reaches
/// `max(8,192, indexed / 16)` the tables are rebuilt (about 1 ms per 100,000 articles), so
/// appends cost O(1) amortized and a lookup scans at most that many extra fingerprints. The
/// fingerprint array keeps room for that tail: 0.5 bytes more per article.
public struct NearDuplicateIndex: Sendable {
    /// A stored article near the query: its ordinal and the Hamming distance of its fingerprint.
    public struct Candidate: Equatable, Hashable, Sendable {
        public var ordinal: UInt32
        public var distance: Int

        public init(ordinal: UInt32, distance: Int) {
            self.ordinal = ordinal
            self.distance = distance
        }
    }

    static let blockCount = 4
    static let blockBits = 16
    static let bucketCount = 1 << blockBits
    /// The smallest tail that triggers a rebuild.
    static let minimumTailLimit = 8192

    /// Every fingerprint, by ordinal.
    private var fingerprints: [UInt64]
    /// How many fingerprints (the first ones) the bucket tables cover.
    private var indexedCount: Int
    /// For each block, `bucketCount + 1` offsets into that block's part of `entries`.
    private var offsets: [UInt32]
    /// For each block, the `indexedCount` entries sorted by that block's value: the next two
    /// blocks of the fingerprint (``rest(of:after:)``) in the high half, the ordinal in the low.
    private var entries: [UInt64]

    /// An empty index.
    public init() {
        self.init(fingerprints: [])
    }

    /// An index of `fingerprints`, the one at position `i` having ordinal `i` (about 15 ms per
    /// million fingerprints in a release build).
    public init(fingerprints: [UInt64]) {
        precondition(fingerprints.count <= Int(UInt32.max), "at most 2^32 - 1 fingerprints")
        self.fingerprints = fingerprints
        (offsets, entries) = Self.buildTables(fingerprints)
        indexedCount = fingerprints.count
        reserveTail()
    }

    /// The tail length that triggers a rebuild.
    private var tailLimit: Int { max(Self.minimumTailLimit, indexedCount / 16) }

    /// Gives the fingerprint array room for exactly the tail before the next rebuild, so it
    /// neither doubles (8 bytes more per article) nor holds the slack of the array it came from.
    private mutating func reserveTail() {
        let wanted = fingerprints.count + tailLimit + 1
        guard fingerprints.capacity < wanted || fingerprints.capacity > wanted + wanted / 16 else { return }
        var exact = [UInt64]()
        exact.reserveCapacity(wanted)
        exact.append(contentsOf: fingerprints)
        fingerprints = exact
    }

    /// How many fingerprints the index holds; the next append gets this ordinal.
    public var count: Int { fingerprints.count }

    /// The fingerprint of the article with `ordinal`.
    public subscript(ordinal: UInt32) -> UInt64 { fingerprints[Int(ordinal)] }

    /// The bytes the index's arrays occupy (fingerprints, bucket entries and offsets).
    public var memoryByteCount: Int {
        fingerprints.capacity * MemoryLayout<UInt64>.stride
            + entries.capacity * MemoryLayout<UInt64>.stride + offsets.capacity * MemoryLayout<UInt32>.stride
    }

    /// Adds the fingerprint of the next article and returns its ordinal.
    @discardableResult
    public mutating func append(_ fingerprint: UInt64) -> UInt32 {
        precondition(fingerprints.count < Int(UInt32.max), "at most 2^32 - 1 fingerprints")
        let ordinal = UInt32(fingerprints.count)
        fingerprints.append(fingerprint)
        if fingerprints.count - indexedCount >= tailLimit {
            (offsets, entries) = Self.buildTables(fingerprints)
            indexedCount = fingerprints.count
            reserveTail()
        }
        return ordinal
    }

    /// The articles whose fingerprints are within `maxDistance` bits of `fingerprint`, nearest
    /// first (ties by ordinal).
    public func candidates(near fingerprint: UInt64, maxDistance: Int) -> [Candidate] {
        candidates(near: fingerprint, maxDistance: maxDistance, search: .cheaper)
    }

    /// How ``candidates(near:maxDistance:search:)`` looks: tests hold each way to the other.
    enum Search {
        /// The cheaper of the two for the index's size and the radius.
        case cheaper
        /// Probes the bucket tables, then scans the fingerprints appended since they were built.
        case probe
        /// Compares with every fingerprint.
        case scan
    }

    func candidates(near fingerprint: UInt64, maxDistance: Int, search: Search) -> [Candidate] {
        precondition(maxDistance >= 0, "a distance is not negative")
        var found: [Candidate] = []
        let flips = maxDistance / Self.blockCount
        let probesPerBlock = Self.maskCount(upTo: flips)
        // Probing costs a visit per bucket plus the fingerprints in them; a scan, one per
        // fingerprint. See ``scanFingerprintsPerVisit``.
        let probeCost =
            Self.blockCount * probesPerBlock * (Self.scanFingerprintsPerVisit + indexedCount / Self.bucketCount)
        let scansAll =
            switch search {
            case .cheaper: probeCost >= indexedCount
            case .probe: false
            case .scan: true
            }
        if scansAll {
            scan(0..<fingerprints.count, near: fingerprint, maxDistance: maxDistance, into: &found)
        } else {
            probe(near: fingerprint, maxDistance: maxDistance, flips: flips, into: &found)
            scan(indexedCount..<fingerprints.count, near: fingerprint, maxDistance: maxDistance, into: &found)
        }
        found.sort { ($0.distance, $0.ordinal) < ($1.distance, $1.ordinal) }
        return found
    }

    /// Compares `query` with every fingerprint in `range`, in slices of ``scanSlice`` (the
    /// positions found in one slice fit a buffer of that size), with the CPU's population count
    /// where it has one (``cingest_hamming_scan``): about 4 times faster than Swift's portable one.
    private func scan(_ range: Range<Int>, near query: UInt64, maxDistance: Int, into found: inout [Candidate]) {
        guard !range.isEmpty else { return }
        fingerprints.withUnsafeBufferPointer { fingerprints in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Self.scanSlice) { positions in
                guard let base = fingerprints.baseAddress, let buffer = positions.baseAddress else { return }
                var start = range.lowerBound
                while start < range.upperBound {
                    let count = min(Self.scanSlice, range.upperBound - start)
                    let written = cingest_hamming_scan(
                        base + start, count, query, UInt32(clamping: maxDistance), buffer)
                    for position in positions[..<written] {
                        let ordinal = start + Int(position)
                        let distance = (fingerprints[ordinal] ^ query).nonzeroBitCount
                        found.append(Candidate(ordinal: UInt32(ordinal), distance: distance))
                    }
                    start += count
                }
            }
        }
    }

    /// Fingerprints compared per call of the scan (16 KB of positions at most).
    static let scanSlice = 4096

    /// How many fingerprints a scan compares in the time a probe visits one bucket (a read of
    /// scattered memory). Measured at radius 14 (2,788 visits a lookup): with the CPU's
    /// population count, a scan takes about 0.43 ns a fingerprint and stayed the cheaper up to
    /// 1,000,000 articles on a loaded machine (0.5 against 0.9 ms at 512,000); 88 puts the
    /// switch at about 250,000, where the scan still reads only 2 MB. Counting by shifts and
    /// masks, a scan takes about 2.5 ns, and the switch was measured at about 16,000.
    static let scanFingerprintsPerVisit = cingest_hamming_scan_is_native() != 0 ? 88 : 6

    /// Probes in passes, so that the reads of scattered memory (most of a lookup's cost in a
    /// large store) do not wait for each other: for each block and number of flipped bits, the
    /// entries of every bucket that far are copied out together, then filtered on the 48 bits
    /// an entry tells; the whole fingerprints of those left (about 1 in 5) are read last.
    private func probe(near query: UInt64, maxDistance: Int, flips: Int, into found: inout [Candidate]) {
        let masks = flips < Self.probeMasks.count ? Self.probeMasks[flips] : Self.masks(upTo: flips)
        let blockMask = UInt64(Self.bucketCount - 1)
        let indexed = indexedCount
        // The entries of the buckets being searched, copied out of the tables.
        var gathered: [UInt64] = []
        // Entries within `maxDistance` on 48 bits: the block in the high half, the ordinal in the low.
        var close: [UInt64] = []
        offsets.withUnsafeBufferPointer { offsets in
            entries.withUnsafeBufferPointer { entries in
                for block in 0..<Self.blockCount {
                    let key = Int(truncatingIfNeeded: query >> UInt64(block * Self.blockBits) & blockMask)
                    let blockOffsets = block * (Self.bucketCount + 1)
                    let blockEntries = block * indexed
                    let queryRest = UInt64(Self.rest(of: query, after: block)) << 32
                    let tag = UInt64(block) << 32
                    // `masks` has the fewest bits first: one run per number of flipped bits.
                    var next = 0
                    for flipped in 0...flips {
                        gathered.removeAll(keepingCapacity: true)
                        while next < masks.count && masks[next].nonzeroBitCount == flipped {
                            let bucket = blockOffsets + (key ^ masks[next])
                            let start = blockEntries + Int(offsets[bucket])
                            let end = blockEntries + Int(offsets[bucket + 1])
                            gathered.append(contentsOf: UnsafeBufferPointer(rebasing: entries[start..<end]))
                            next += 1
                        }
                        // This block's bits differ in `flipped`; the next two, as stored.
                        let allowed = maxDistance - flipped
                        for entry in gathered where ((entry ^ queryRest) >> 32).nonzeroBitCount <= allowed {
                            close.append(tag | entry & 0xFFFF_FFFF)
                        }
                    }
                }
            }
        }
        fingerprints.withUnsafeBufferPointer { fingerprints in
            for item in close {
                let ordinal = UInt32(truncatingIfNeeded: item)
                let difference = fingerprints[Int(ordinal)] ^ query
                let distance = difference.nonzeroBitCount
                guard distance <= maxDistance else { continue }
                // Reported already if an earlier block is within `flips` too.
                var seen = false
                for earlier in 0..<Int(item >> 32) {
                    let bits = difference >> UInt64(earlier * Self.blockBits) & blockMask
                    if bits.nonzeroBitCount <= flips {
                        seen = true
                        break
                    }
                }
                if !seen { found.append(Candidate(ordinal: ordinal, distance: distance)) }
            }
        }
    }

    /// The masks of the radii a probe serves (up to 15 bits: 3 per block), made once.
    private static let probeMasks = (0...3).map { masks(upTo: $0) }

    /// The 32 bits of `fingerprint` in the two blocks after `block` (wrapping round).
    static func rest(of fingerprint: UInt64, after block: Int) -> UInt32 {
        let shift = UInt64((block + 1) * blockBits % 64)
        let rotated = shift == 0 ? fingerprint : fingerprint >> shift | fingerprint << (64 - shift)
        return UInt32(truncatingIfNeeded: rotated)
    }

    /// The number of 16-bit masks with at most `flips` bits set.
    static func maskCount(upTo flips: Int) -> Int {
        var total = 0
        var choose = 1
        for bits in 0...min(flips, blockBits) {
            total += choose
            choose = choose * (blockBits - bits) / (bits + 1)
        }
        return total
    }

    /// Every 16-bit mask with at most `flips` bits set, fewest bits first (Gosper's hack).
    static func masks(upTo flips: Int) -> [Int] {
        var masks = [0]
        masks.reserveCapacity(maskCount(upTo: flips))
        guard flips > 0 else { return masks }
        for bits in 1...min(flips, blockBits) {
            var mask = (1 << bits) - 1
            while mask < bucketCount {
                masks.append(mask)
                let lowest = mask & -mask
                let ripple = mask + lowest
                mask = ripple | (((mask ^ ripple) >> 2) / lowest)
            }
        }
        return masks
    }

    /// The bucket tables of `fingerprints`, by counting sort, one block at a time.
    private static func buildTables(
        _ fingerprints: [UInt64]
    ) -> (offsets: [UInt32], entries: [UInt64]) {
        let count = fingerprints.count
        let stride = bucketCount + 1
        var offsets = [UInt32](repeating: 0, count: blockCount * stride)
        let entries = [UInt64](unsafeUninitializedCapacity: blockCount * count) { entries, initialized in
            fingerprints.withUnsafeBufferPointer { fingerprints in
                offsets.withUnsafeMutableBufferPointer { offsets in
                    var cursor = [UInt32](repeating: 0, count: bucketCount)
                    cursor.withUnsafeMutableBufferPointer { cursor in
                        for block in 0..<blockCount {
                            let shift = UInt64(block * blockBits)
                            let mask = UInt64(bucketCount - 1)
                            let base = block * stride
                            for fingerprint in fingerprints {
                                offsets[base + Int(truncatingIfNeeded: fingerprint >> shift & mask) + 1] += 1
                            }
                            for bucket in 0..<bucketCount {
                                offsets[base + bucket + 1] += offsets[base + bucket]
                                cursor[bucket] = offsets[base + bucket]
                            }
                            let target = block * count
                            for (ordinal, fingerprint) in fingerprints.enumerated() {
                                let bucket = Int(truncatingIfNeeded: fingerprint >> shift & mask)
                                let slot = target + Int(cursor[bucket])
                                entries.initializeElement(
                                    at: slot, to: UInt64(rest(of: fingerprint, after: block)) << 32 | UInt64(ordinal))
                                cursor[bucket] += 1
                            }
                        }
                    }
                }
            }
            initialized = blockCount * count
        }
        return (offsets, entries)
    }
}
