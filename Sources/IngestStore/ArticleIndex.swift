import IngestCore

/// The store's in-memory index: the content hash of every stored article, with an
/// open-addressing table to find a hash.
///
/// A million articles take about 40 MB here (32 bytes per hash, 4 per table slot, at most
/// half the slots used), against several times that for a `Set` of hashes plus a dictionary.
/// The hashes are SHA-256 digests, already uniform, so their first word picks the slot.
/// Hash numbers are the store's article numbers, in order; where each line starts is kept
/// by the store beside it (``ArticleStore``), in arrays other threads can share.
struct ArticleIndex {
    private(set) var hashes: [ContentHash]
    /// Article number + 1 per slot; 0 is empty, `UInt32.max` a removed hash.
    private var slots: [UInt32]
    /// Slots not empty (hashes and removed markers).
    private var used: Int

    private static let removed = UInt32.max

    init() {
        self.init(hashes: [])
    }

    /// Builds the index over hashes read back from disk, adopting the array as it is; a
    /// hash stored twice (by hand, or by another program) is found at its first number.
    init(hashes: [ContentHash]) {
        self.hashes = hashes
        (slots, used) = Self.slots(for: hashes, count: Self.slotCount(for: hashes.count))
    }

    var count: Int { hashes.count }

    /// The number of the article with this hash.
    func find(_ hash: ContentHash) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash.words.0) & mask
        while true {
            let value = slots[slot]
            if value == 0 { return nil }
            if value != Self.removed, hashes[Int(value - 1)] == hash { return Int(value - 1) }
            slot = (slot + 1) & mask
        }
    }

    func contains(_ hash: ContentHash) -> Bool { find(hash) != nil }

    /// Adds an article unless its hash is known. - Returns: whether it was added.
    mutating func insert(_ hash: ContentHash) -> Bool {
        if (used + 1) * 2 > slots.count {
            (slots, used) = Self.slots(for: hashes, count: Self.slotCount(for: hashes.count + 1))
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash.words.0) & mask
        while true {
            let value = slots[slot]
            if value == 0 { break }
            if value != Self.removed, hashes[Int(value - 1)] == hash { return false }
            slot = (slot + 1) & mask
        }
        hashes.append(hash)
        slots[slot] = UInt32(hashes.count)
        used += 1
        return true
    }

    /// Forgets the newest hashes (a batch that could not be written), newest first.
    mutating func removeLast(_ count: Int) {
        let mask = slots.count - 1
        for _ in 0..<min(count, hashes.count) {
            let number = UInt32(hashes.count)
            var slot = Int(truncatingIfNeeded: hashes[hashes.count - 1].words.0) & mask
            while slots[slot] != number { slot = (slot + 1) & mask }
            slots[slot] = Self.removed
            hashes.removeLast()
        }
    }

    /// A table of `count` slots holding the first number of every hash.
    private static func slots(for hashes: [ContentHash], count: Int) -> (slots: [UInt32], used: Int) {
        var slots = [UInt32](repeating: 0, count: count)
        var used = 0
        let mask = count - 1
        for number in hashes.indices {
            let hash = hashes[number]
            var slot = Int(truncatingIfNeeded: hash.words.0) & mask
            var repeated = false
            while slots[slot] != 0 {
                if hashes[Int(slots[slot] - 1)] == hash {
                    repeated = true
                    break
                }
                slot = (slot + 1) & mask
            }
            if !repeated {
                slots[slot] = UInt32(number + 1)
                used += 1
            }
        }
        return (slots, used)
    }

    /// A power of two at least twice `capacity`.
    private static func slotCount(for capacity: Int) -> Int {
        var count = 1024
        while count < capacity * 2 { count <<= 1 }
        return count
    }
}
