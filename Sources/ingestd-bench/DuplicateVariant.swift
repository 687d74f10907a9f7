/// The ways the same article comes back saved differently: byte for byte, or with Windows line
/// endings, a byte-order mark, no-break spaces, or trailing spaces. Every one is the same
/// article, and a deduplicator must catch them all.
enum DuplicateVariant: String, CaseIterable, Codable, Sendable {
    case exact
    case crlf
    case bom
    case nbsp
    case trailingSpaces = "trailing-spaces"

    /// The variant used for the `index`-th file of a duplicate burst (they take turns).
    static func forFile(_ index: Int) -> DuplicateVariant {
        allCases[index % allCases.count]
    }

    /// `bytes` (UTF-8 text with `\n` line endings) saved this way.
    func apply(_ bytes: [UInt8]) -> [UInt8] {
        switch self {
        case .exact:
            return bytes
        case .crlf:
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 40)
            for byte in bytes {
                if byte == 0x0A { output.append(0x0D) }
                output.append(byte)
            }
            return output
        case .bom:
            return [0xEF, 0xBB, 0xBF] + bytes
        case .nbsp:
            // Every seventh space becomes U+00A0, as a word processor's "smart" spacing does.
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 50)
            var spaces = 0
            for byte in bytes {
                if byte == 0x20 {
                    spaces += 1
                    if spaces % 7 == 0 {
                        output.append(contentsOf: [0xC2, 0xA0])
                        continue
                    }
                }
                output.append(byte)
            }
            return output
        case .trailingSpaces:
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 30)
            for byte in bytes {
                if byte == 0x0A { output.append(contentsOf: [0x20, 0x20]) }
                output.append(byte)
            }
            return output
        }
    }
}
