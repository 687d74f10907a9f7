/// Turns a file's bytes into text, or says exactly why they are not article text.
///
/// ingestd reads UTF-8 only and never guesses another encoding: a wrong guess would store a
/// garbled article forever, while a clear rejection costs the user one re-save.
public enum ArticleTextDecoder {
    /// Decodes UTF-8, dropping a leading byte-order mark.
    public static func decode(_ bytes: some Collection<UInt8>) -> Result<String, Rejection> {
        let bytes = Array(bytes)
        if bytes.isEmpty { return .failure(Rejection(.empty, "the file is empty (0 bytes)")) }
        if let kind = BinarySignature.identify(bytes) {
            return .failure(Rejection(.binary, "the file is a \(kind), not text"))
        }
        if let bom = unicodeByteOrderMark(bytes) {
            return .failure(Rejection(.notUTF8, "the file is \(bom) text (it starts with that byte-order mark)"))
        }
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        // The NUL's offset in the file, the byte-order mark counted.
        if let nul = content.withUnsafeBufferPointer({ ByteSearch.offset(of: 0, in: $0) }).map({
            content.startIndex + $0
        }) {
            if looksLikeUTF16WithoutMark(content) {
                return .failure(Rejection(.notUTF8, "the file looks like UTF-16 text without a byte-order mark"))
            }
            return .failure(Rejection(.nulBytes, "NUL byte at offset \(nul.formatted) in what should be text"))
        }
        // Validated and copied once; only a rejected file is read again, to say where it fails.
        guard let text = String(validating: content, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(content) ?? 0
            return .failure(Rejection(.notUTF8, "invalid UTF-8 at byte offset \(offset.formatted)"))
        }
        let controls = content.withUnsafeBufferPointer(strayControlCount)
        if controls > 0 && controls * 100 > text.unicodeScalars.count {
            return .failure(Rejection(.binary, "\(controls.formatted) control characters: this is not text"))
        }
        return .success(text)
    }

    private static func unicodeByteOrderMark(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32 little-endian" }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32 big-endian" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16 little-endian" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16 big-endian" }
        return nil
    }

    /// UTF-16 text of a Latin-script language has a NUL in nearly every other byte.
    private static func looksLikeUTF16WithoutMark(_ bytes: ArraySlice<UInt8>) -> Bool {
        let sample = bytes.prefix(512)
        guard sample.count >= 8 else { return false }
        var evenNULs = 0
        var oddNULs = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index.isMultiple(of: 2) { evenNULs += 1 } else { oddNULs += 1 }
        }
        let half = sample.count / 2
        return max(evenNULs, oddNULs) * 10 >= half * 8 && min(evenNULs, oddNULs) * 10 <= half
    }

    private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// How many C0 controls other than tab, line feed, form feed and carriage return, and DELs,
    /// `bytes` holds. They are all ASCII, so counting bytes counts characters: in valid UTF-8 no
    /// byte of a longer character is below 0x80.
    ///
    /// Text holds hardly any control but its line feeds: 8 bytes are passed over at a time
    /// where one 64-bit load shows none of them is below 0x20 or DEL, and only the other
    /// blocks are read byte by byte.
    static func strayControlCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // Bit n is set when the C0 control n is a stray one.
        let strayC0: UInt32 = ~(1 << 0x09 | 1 << 0x0A | 1 << 0x0C | 1 << 0x0D)
        var count = 0
        var index = 0
        while index < bytes.count {
            if let block = ByteLanes.load(bytes, at: index), !ByteLanes.anyBelow(block, 0x20),
                !ByteLanes.anyEqual(block, 0x7F)
            {
                index += 8
                continue
            }
            let byte = bytes[index]
            let isStrayC0 = byte < 0x20 && strayC0 >> UInt32(byte) & 1 == 1
            if isStrayC0 || byte == 0x7F { count += 1 }
            index += 1
        }
        return count
    }
}

extension Int {
    /// `1,234,567`: figures in messages are read by people.
    public var formatted: String {
        let digits = String(magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return self < 0 ? "-" + out : out
    }
}
