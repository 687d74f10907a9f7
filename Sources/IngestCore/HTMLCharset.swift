import CLibXML2

/// The character encoding an HTML file is in, decided the way browsers do: a byte-order mark,
/// else the charset the page declares (`<meta charset>`, `http-equiv="Content-Type"`, an XML
/// declaration), else UTF-8 if the bytes are valid UTF-8, else windows-1252.
///
/// Unlike plain text, HTML says what it is in, so reading a declared legacy charset is no guess.
/// Labels map as browsers map them: `iso-8859-1` and `us-ascii` mean windows-1252 (so `’` saved
/// as 0x92 reads right), and a `utf-16` declaration without a mark means UTF-8.
enum HTMLCharset {
    /// How far into the file a declaration is looked for (browsers look at 1,024 bytes; saved
    /// pages sometimes put long comments, styles or scripts first).
    private static let prescanLength = 16_384

    /// An encoding name libxml2 (through iconv) converts from.
    static func encoding(of bytes: [UInt8]) -> String {
        if let mark = byteOrderMark(bytes) { return mark }
        if let label = declaredLabel(in: bytes), let name = encodingName(label: label), isSupported(name) {
            return name
        }
        return isValidUTF8(bytes) ? "UTF-8" : "WINDOWS-1252"
    }

    static func byteOrderMark(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        return nil
    }

    /// The charset label a `<meta>` tag or XML declaration near the start gives, lower case.
    static func declaredLabel(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(prescanLength).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        var position = 0
        if head.starts(with: Array("<?xml".utf8)), let close = head.firstIndex(of: UInt8(ascii: ">")),
            let label = value(after: Array("encoding".utf8), in: head[..<close])
        {
            return label
        }
        let meta = Array("<meta".utf8)
        while let start = firstRange(of: meta, in: head, from: position) {
            let tagEnd = head[start...].firstIndex(of: UInt8(ascii: ">")) ?? head.endIndex
            if let label = value(after: Array("charset".utf8), in: head[start..<tagEnd]) { return label }
            position = tagEnd
        }
        return nil
    }

    /// The name iconv knows for a label, following the WHATWG Encoding Standard's aliases for
    /// the labels that matter in saved articles.
    static func encodingName(label: String) -> String? {
        switch label {
        case "", "x-user-defined": nil
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2":
            "UTF-8"
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591", "latin1", "l1", "us-ascii", "ascii",
            "ansi_x3.4-1968", "windows-1252", "cp1252", "x-cp1252", "cp819", "ibm819", "iso-ir-100", "csisolatin1":
            "WINDOWS-1252"
        case "iso-8859-9", "latin5", "windows-1254": "WINDOWS-1254"
        case "gb2312", "gbk", "x-gbk", "chinese", "csgb2312": "GBK"
        case "shift_jis", "shift-jis", "sjis", "ms_kanji", "x-sjis", "windows-31j": "CP932"
        case "euc-kr", "ks_c_5601-1987", "windows-949": "CP949"
        default: label.uppercased()
        }
    }

    private static func isSupported(_ name: String) -> Bool {
        guard HTMLDocument.libraryReady, let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    /// The value of `key=value` inside a tag: `charset="x"`, `content="text/html; charset=x"`.
    private static func value(after key: [UInt8], in tag: ArraySlice<UInt8>) -> String? {
        guard let found = firstRange(of: key, in: Array(tag), from: 0) else { return nil }
        var index = tag.startIndex + found + key.count
        func skipSpaces() { while index < tag.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(tag[index]) { index += 1 } }
        skipSpaces()
        guard index < tag.endIndex, tag[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        skipSpaces()
        while index < tag.endIndex, tag[index] == UInt8(ascii: "\"") || tag[index] == UInt8(ascii: "'") {
            index += 1
        }
        let start = index
        let stops: Set<UInt8> = [0x22, 0x27, 0x3B, 0x20, 0x09, 0x0A, 0x0D, 0x2F, 0x3E, 0x3F]
        while index < tag.endIndex, !stops.contains(tag[index]) { index += 1 }
        let label = String(decoding: tag[start..<index], as: UTF8.self)
        return label.isEmpty ? nil : label
    }

    private static func firstRange(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == first && haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }
}
