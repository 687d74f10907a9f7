/// Writes one JSON object, fields in the order given, as UTF-8 bytes.
///
/// Foundation's encoders do not promise a key order; the store and the reason files do. Values
/// are strings, integers, fixed-point fractions, lists of strings and nested objects; `nil`
/// is written as `null`.
public struct JSONObjectWriter {
    private var bytes: [UInt8] = [UInt8(ascii: "{")]

    public init() {}

    /// A writer whose buffer holds `capacity` bytes before it grows: for an object with one
    /// long value (a record and its body), sized once.
    public init(reservingCapacity capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends `"key":"value"`, or `"key":null` when `value` is `nil`.
    public mutating func field(_ key: String, _ value: String?) {
        beginField(key)
        if let value { Self.appendString(value, to: &bytes) } else { appendNull() }
    }

    /// Appends `"key":123`, or `"key":null`.
    public mutating func field(_ key: String, _ value: Int?) {
        beginField(key)
        if let value { bytes.append(contentsOf: String(value).utf8) } else { appendNull() }
    }

    /// Appends a fraction in `0...1` with three decimals (`"key":0.873`), or `"key":null`.
    public mutating func field(_ key: String, fraction value: Double?) {
        beginField(key)
        guard let value, value.isFinite else { return appendNull() }
        let thousandths = Int((min(max(value, 0), 1) * 1000).rounded())
        let fraction = String(thousandths % 1000)
        let padded = String(repeating: "0", count: 3 - fraction.count) + fraction
        bytes.append(contentsOf: "\(thousandths / 1000).\(padded)".utf8)
    }

    /// Appends `"key":["a","b"]`.
    public mutating func field(_ key: String, _ values: [String]) {
        beginField(key)
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            Self.appendString(value, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Appends `"key":{…}`, or `"key":null`.
    public mutating func field(_ key: String, object: JSONObjectWriter?) {
        beginField(key)
        if let object { bytes.append(contentsOf: object.closed) } else { appendNull() }
    }

    /// Appends `"key":[{…},{…}]`.
    public mutating func field(_ key: String, objects: [JSONObjectWriter]) {
        beginField(key)
        bytes.append(UInt8(ascii: "["))
        for (index, object) in objects.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: object.closed)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Closes the object and ends the line.
    public mutating func finish() -> [UInt8] {
        bytes.append(UInt8(ascii: "}"))
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    private var closed: [UInt8] { bytes + [UInt8(ascii: "}")] }

    private mutating func beginField(_ key: String) {
        if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
        Self.appendString(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    private mutating func appendNull() {
        bytes.append(contentsOf: "null".utf8)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `string` quoted, escaping what JSON requires (quote, backslash, C0 controls)
    /// and DEL; every other byte, U+2028 and U+2029 included, is copied as it stands. The
    /// runs between escapes are copied whole: in article text they are nearly everything, so
    /// they are passed over 8 bytes at a time (see ``anyNeedsEscape(_:)``).
    private static func appendString(_ string: String, to bytes: inout [UInt8]) {
        var string = string
        bytes.append(UInt8(ascii: "\""))
        string.withUTF8 { utf8 in
            let count = utf8.count
            var runStart = 0
            var index = 0
            while index < count {
                if let block = ByteLanes.load(utf8, at: index), !anyNeedsEscape(block) {
                    index += 8
                    continue
                }
                let byte = utf8[index]
                if needsEscape(byte) {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    appendEscape(byte, to: &bytes)
                    runStart = index + 1
                }
                index += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether any of the 8 bytes of `word` needs escaping (``needsEscape(_:)``).
    @inline(__always)
    static func anyNeedsEscape(_ word: UInt64) -> Bool {
        ByteLanes.anyBelow(word, 0x20) || ByteLanes.anyEqual(word, UInt8(ascii: "\""))
            || ByteLanes.anyEqual(word, UInt8(ascii: "\\")) || ByteLanes.anyEqual(word, 0x7F)
    }

    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
    }

    private static func appendEscape(_ byte: UInt8, to bytes: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
        case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
        case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
        case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
        default:
            bytes.append(contentsOf: "\\u00".utf8)
            bytes.append(hexDigits[Int(byte >> 4)])
            bytes.append(hexDigits[Int(byte & 0x0F)])
        }
    }
}
