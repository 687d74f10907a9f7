/// A fixed table of words (months, titles, speech verbs…) looked up by ``WordKey``: open
/// addressing over a power-of-two array with ``WordKey/mixed`` as the hash, so a lookup is a
/// multiply and one or two integer compares, where a `Set<String>` hashes the whole string
/// with SipHash on every call.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [WordKey]
    private var values: [Value?]
    private let shift: UInt64

    /// A table of `entries`, given lower-cased; a later entry for the same word wins, as in
    /// a dictionary literal built by assignment.
    init(_ entries: some Sequence<(String, Value)>) {
        let entries = Array(entries)
        var bits = 4
        while (1 << bits) < entries.count * 2 { bits += 1 }
        keys = Array(repeating: WordKey(), count: 1 << bits)
        values = Array(repeating: nil, count: 1 << bits)
        shift = UInt64(64 - bits)
        for (word, value) in entries {
            let key = WordKey(word)
            precondition(key.isComplete && key.count > 0, "table word “\(word)” is empty or over 24 bytes")
            var slot = slot(of: key)
            while keys[slot].count != 0, keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            values[slot] = value
        }
    }

    private func slot(of key: WordKey) -> Int { Int(truncatingIfNeeded: key.mixed >> shift) }

    subscript(_ key: WordKey) -> Value? {
        guard key.count != 0, key.isComplete else { return nil }
        var slot = slot(of: key)
        while keys[slot].count != 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }

    func contains(_ key: WordKey) -> Bool { self[key] != nil }
}

extension WordTable where Value == Bool {
    /// A set of words, given lower-cased.
    init(words: some Sequence<String>) {
        self.init(words.map { ($0, true) })
    }
}

/// A fixed set of lower-cased words.
typealias WordSet = WordTable<Bool>
