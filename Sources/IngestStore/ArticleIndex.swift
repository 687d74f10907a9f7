import IngestCore

/// The store's in-memory index: for every stored article, its content hash and where its line
/// starts, with an open-addressing table to find a hash.
///
/// A million articles take about 48 MB here (40 bytes per entry, 4 per table slot, at most
/// half the slots used), against several times that for a `Set` of hashes plus a dictionary.
/// The hashes are SHA-256 digests, already uniform, so their first word picks the slot.
/// Entry numbers are the store's article numbers, in order.
struct ArticleIndex {
    /// One stored article.
    struct Entry: Equatable {
        var hash: ContentHash
        /// Byte offset of the article's line in the store.
        var offset: UInt64
    }

    private(set) var entries: [Entry]
    /// Entry number + 1 per slot; 0 is empty, `UInt32.max` a removed entry.
    private var slots: [UInt32]
    /// Slots not empty (entries and removed markers).
    private var used: Int

    private static let removed = UInt32.max

    init() {
        self.init(entries: [])
    }

    /// Builds the index over entries read back from disk, adopting the array as it is; a
    /// hash stored twice (by hand, or by another program) is found at its first entry.
    init(entries: [Entry]) {
        self.entries = entries
        (slots, used) = Self.slots(for: entries, count: Self.slotCount(for: entries.count))
    }

    var count: Int { entries.count }

    /// The entry number of the article with this hash.
    func find(_ hash: ContentHash) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash.words.0) & mask
        while true {
            let value = slots[slot]
            if value == 0 { return nil }
            if value != Self.removed, entries[Int(value - 1)].hash == hash { return Int(value - 1) }
            slot = (slot + 1) & mask
        }
    }

    func contains(_ hash: ContentHash) -> Bool { find(hash) != nil }

    /// Adds an article unless its hash is known. - Returns: whether it was added.
    mutating func insert(_ entry: Entry) -> Bool {
        if (used + 1) * 2 > slots.count {
            (slots, used) = Self.slots(for: entries, count: Self.slotCount(for: entries.count + 1))
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entry.hash.words.0) & mask
        while true {
            let value = slots[slot]
            if value == 0 { break }
            if value != Self.removed, entries[Int(value - 1)].hash == entry.hash { return false }
            slot = (slot + 1) & mask
        }
        entries.append(entry)
        slots[slot] = UInt32(entries.count)
        used += 1
        return true
    }

    /// Forgets the newest entries (a batch that could not be written), newest first.
    mutating func removeLast(_ count: Int) {
        let mask = slots.count - 1
        for _ in 0..<min(count, entries.count) {
            let number = UInt32(entries.count)
            var slot = Int(truncatingIfNeeded: entries[entries.count - 1].hash.words.0) & mask
            while slots[slot] != number { slot = (slot + 1) & mask }
            slots[slot] = Self.removed
            entries.removeLast()
        }
    }

    /// A table of `count` slots holding the first entry of every hash.
    private static func slots(for entries: [Entry], count: Int) -> (slots: [UInt32], used: Int) {
        var slots = [UInt32](repeating: 0, count: count)
        var used = 0
        let mask = count - 1
        for number in entries.indices {
            let hash = entries[number].hash
            var slot = Int(truncatingIfNeeded: hash.words.0) & mask
            var repeated = false
            while slots[slot] != 0 {
                if entries[Int(slots[slot] - 1)].hash == hash {
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
