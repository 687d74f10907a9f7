/// The peer's normalization (`bench/peers/watchdog_ingest.py`) on bytes, so that the bare
/// ingester catches the bench's duplicate variants as the peer does: no byte-order mark, every
/// line break a line feed, no-break spaces as spaces, no blanks at line ends, no blank lines
/// at either end, one line feed at the end.
enum BareNormalization {
    static func normalized(_ bytes: [UInt8]) -> [UInt8] {
        var input = bytes[...]
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input = input.dropFirst(3) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count + 1)
        var index = input.startIndex
        while index < input.endIndex {
            let byte = input[index]
            if byte == 0x0D || byte == 0x0A {
                trimTrailingBlanks(&output)
                output.append(0x0A)
                // CR LF is one break.
                if byte == 0x0D, index + 1 < input.endIndex, input[index + 1] == 0x0A { index += 1 }
            } else if byte == 0xC2, index + 1 < input.endIndex, input[index + 1] == 0xA0 {
                output.append(0x20)
                index += 1
            } else {
                output.append(byte)
            }
            index += 1
        }
        trimTrailingBlanks(&output)
        while output.last == 0x0A { output.removeLast() }
        let leading = output.prefix { $0 == 0x0A || $0 == 0x20 || $0 == 0x09 }.count
        return Array(output[leading...]) + [0x0A]
    }

    /// Python's `str.rstrip()` on one line, for the blanks these texts hold.
    private static func trimTrailingBlanks(_ output: inout [UInt8]) {
        while let last = output.last, last == 0x20 || last == 0x09 { output.removeLast() }
    }
}
