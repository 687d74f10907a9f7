import IngestCore

/// The store's in-memory index: for every stored article, its content hash, where its line
/// starts and its similarity fingerprint, with an open-addressing table to find a hash.
///
/// A million articles take about 56 MB here (48 bytes per entry, 8 per table slot at most
/// half full), against several times that for a `Set` of hashes plus a dictionary. The
/// hashes are SHA-256 digests, already uniform, so their first word picks the slot.
struct ArticleIndex {
    /// One stored article.
    struct Entry: Equatable {
        var hash: ContentHash
        /// Byte offset of the article's line in the store.
        var offset: UInt64
        /// The body's similarity fingerprint (0 when unknown).
        var fingerprint: UInt64
    }

    private(set) var entries: [Entry] = []
    /// Entry number + 1 per slot; 0 is empty, `UInt32.max` a removed entry.
    private var slots: [UInt32]
    private var used = 0

    private static let removed = UInt32.max

    init(capacity: Int = 1024) {
        slots = [UInt32](repeating: 0, count: Self.slotCount(for: capacity))
        entries.reserveCapacity(capacity)
    }

    /// Builds the index over entries read back from disk, keeping the first of any repeat.
    init(entries loaded: [Entry]) {
        self.init(capacity: loaded.count)
        for entry in loaded { _ = insert(entry) }
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
        if (used + 1) * 2 > slots.count { grow() }
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
        for _ in 0..<min(count, entries.count) {
            let number = UInt32(entries.count)
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: entries[entries.count - 1].hash.words.0) & mask
            while slots[slot] != number { slot = (slot + 1) & mask }
            slots[slot] = Self.removed
            entries.removeLast()
        }
    }

    /// Doubles the table and drops removed markers.
    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: Self.slotCount(for: max(entries.count + 1, slots.count)))
        used = entries.count
        let mask = slots.count - 1
        for (number, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash.words.0) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(number + 1)
        }
    }

    /// A power of two at least twice `capacity`.
    private static func slotCount(for capacity: Int) -> Int {
        var count = 64
        while count < capacity * 2 { count <<= 1 }
        return count
    }
}
