/// The hashes of the normalized words of UTF-8 text, in reading order, by the rules
/// ``ShingleText`` describes: each word's bytes (lowercased, folded) are hashed with FNV-1a as
/// they are read, then mixed.
///
/// Runs of ASCII letters and digits, most of most texts, are read eight bytes at a time
/// (``ASCIIWordRun``); every other byte goes through the rules one scalar at a time. Both feed
/// the same bytes to the same hash: the values are persisted in fingerprints.
enum WordHashes {
    /// Calls `body` with the hash of each word of `bytes`, in reading order.
    @inline(__always)
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        guard let base = bytes.baseAddress else { return }
        let end = bytes.count
        var index = 0
        var state = Hash64.fnvOffsetBasis
        var inWord = false
        /// Hands on the word being read, if any, and starts the next.
        @inline(__always) func endWord() {
            if inWord { body(Hash64.mix(state)) }
            state = Hash64.fnvOffsetBasis
            inWord = false
        }
        while index < end {
            if end &- index >= 8 {
                let run = ASCIIWordRun(
                    UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
                if run.count > 0 {
                    state = run.feed(state)
                    inWord = true
                    index &+= run.count
                    if run.count == 8 { continue }
                }
                // The byte after the run is within the block: no bound check needed below.
            }
            let lead = base[index]
            if lead < 0x80 {
                index &+= 1
                switch lead {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    state = Hash64.fnv1a(state, lead)
                    inWord = true
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    state = Hash64.fnv1a(state, lead | 0x20)
                    inWord = true
                case UInt8(ascii: "'"):
                    break
                default:
                    endWord()
                }
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard length <= end &- index else { break }
            var value = UInt32(lead) & (0xFF &>> (length &+ 1))
            for offset in 1..<length { value = value &<< 6 | UInt32(base[index &+ offset] & 0x3F) }
            let scalarBytes = UnsafeBufferPointer(start: base + index, count: length)
            index &+= length
            switch ScalarRule.apply(to: value, bytes: scalarBytes, state: &state) {
            case .dropped:
                break
            case .fed:
                inWord = true
            case .separator:
                endWord()
            case .standalone:
                endWord()
                var own = Hash64.fnvOffsetBasis
                for byte in scalarBytes { own = Hash64.fnv1a(own, byte) }
                body(Hash64.mix(own))
            }
        }
        if inWord { body(Hash64.mix(state)) }
    }
}
