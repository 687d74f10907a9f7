/// The peer's normalization (`bench/peers/watchdog_ingest.py`) on bytes, so that the bare
/// ingester catches the bench's duplicate variants as the peer does: no byte-order mark, every
/// line break a line feed, no-break spaces as spaces, no blanks at line ends, no blank lines
/// at either end, one line feed at the end.
enum BareNormalization {
    static func normalized(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { input in
            // Never longer than the input plus the final line feed.
            [UInt8](unsafeUninitializedCapacity: input.count + 1) { output, written in
                var count = 0
                var index = input.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
                // Python's `str.rstrip()` on one line, for the blanks these texts hold.
                func trimTrailingBlanks() {
                    while count > 0, output[count - 1] == 0x20 || output[count - 1] == 0x09 { count -= 1 }
                }
                while index < input.count {
                    let byte = input[index]
                    if byte == 0x0D || byte == 0x0A {
                        trimTrailingBlanks()
                        output[count] = 0x0A
                        // CR LF is one break.
                        if byte == 0x0D, index + 1 < input.count, input[index + 1] == 0x0A { index += 1 }
                    } else if byte == 0xC2, index + 1 < input.count, input[index + 1] == 0xA0 {
                        output[count] = 0x20
                        index += 1
                    } else {
                        output[count] = byte
                    }
                    count += 1
                    index += 1
                }
                trimTrailingBlanks()
                while count > 0, output[count - 1] == 0x0A { count -= 1 }
                var leading = 0
                while leading < count, [0x0A, 0x20, 0x09].contains(output[leading]) { leading += 1 }
                if leading > 0, let base = output.baseAddress {
                    (base).update(from: base + leading, count: count - leading)
                    count -= leading
                }
                output[count] = 0x0A
                written = count + 1
            }
        }
    }
}
