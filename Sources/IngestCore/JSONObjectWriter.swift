/// Writes one JSON object, fields in the order given, as UTF-8 bytes.
///
/// Foundation's encoders do not promise a key order; the store and the reason files do. Values
/// are strings, integers, fixed-point fractions, lists of strings and nested objects; `nil`
/// is written as `null`. Everything goes straight into one buffer, nested objects included:
/// numbers are written digit by digit, without a `String` between.
public struct JSONObjectWriter {
    private var bytes: [UInt8] = [UInt8(ascii: "{")]
    /// Whether the object being written already has a field: the next one needs a comma.
    private var needsComma = false

    public init() {}

    /// A writer whose buffer holds `capacity` bytes before it grows: for an object with one
    /// long value (a record and its body), sized once.
    public init(reservingCapacity capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends `"key":"value"`, or `"key":null` when `value` is `nil`.
    public mutating func field(_ key: String, _ value: String?) {
        beginField(key)
        if let value { appendString(value) } else { appendNull() }
    }

    /// Appends `"key":123`, or `"key":null`.
    public mutating func field(_ key: String, _ value: Int?) {
        beginField(key)
        if let value { appendInteger(value) } else { appendNull() }
    }

    /// Appends a fraction in `0...1` with three decimals (`"key":0.873`), or `"key":null`.
    public mutating func field(_ key: String, fraction value: Double?) {
        beginField(key)
        guard let value, value.isFinite else { return appendNull() }
        let thousandths = Int((min(max(value, 0), 1) * 1000).rounded())
        appendInteger(thousandths / 1000)
        bytes.append(UInt8(ascii: "."))
        let fraction = thousandths % 1000
        bytes.append(UInt8(ascii: "0") + UInt8(fraction / 100))
        bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10 % 10))
        bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10))
    }

    /// Appends `"key":["a","b"]`.
    public mutating func field(_ key: String, _ values: [String]) {
        beginField(key)
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendString(value)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Appends `"key":{…}`, or `"key":null`.
    public mutating func field(_ key: String, object: JSONObjectWriter?) {
        beginField(key)
        if let object { appendClosed(object) } else { appendNull() }
    }

    /// Appends `"key":[{…},{…}]`.
    public mutating func field(_ key: String, objects: [JSONObjectWriter]) {
        beginField(key)
        bytes.append(UInt8(ascii: "["))
        for (index, object) in objects.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendClosed(object)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Appends `"key":{…}` with the fields `write` gives it, written straight into this
    /// buffer, or `"key":null` when `value` is `nil`.
    public mutating func field<Value>(
        _ key: String, object value: Value?, _ write: (inout JSONObjectWriter, Value) -> Void
    ) {
        beginField(key)
        guard let value else { return appendNull() }
        appendObject(value, write)
    }

    /// Appends `"key":[{…},{…}]`, one object per element with the fields `write` gives it,
    /// written straight into this buffer.
    public mutating func field<Element>(
        _ key: String, objects elements: [Element], _ write: (inout JSONObjectWriter, Element) -> Void
    ) {
        beginField(key)
        bytes.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendObject(element, write)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Closes the object and ends the line.
    public mutating func finish() -> [UInt8] {
        bytes.append(UInt8(ascii: "}"))
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    private mutating func appendClosed(_ object: JSONObjectWriter) {
        bytes.append(contentsOf: object.bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    /// A nested object: its fields start without a comma, and the field holding it has one.
    private mutating func appendObject<Value>(_ value: Value, _ write: (inout JSONObjectWriter, Value) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
        write(&self, value)
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    private mutating func beginField(_ key: String) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
        appendString(key)
        bytes.append(UInt8(ascii: ":"))
    }

    private mutating func appendNull() {
        bytes.append(contentsOf: "null".utf8)
    }

    /// Decimal digits, most significant first, as `String(value)` writes them.
    private mutating func appendInteger(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
            divisor /= 10
        } while divisor > 0
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `string` quoted, escaping what JSON requires (quote, backslash, C0 controls)
    /// and DEL; every other byte, U+2028 and U+2029 included, is copied as it stands. The
    /// runs between escapes are copied whole: in article text they are nearly everything, so
    /// they are passed over 8 bytes at a time, and a block holding an escape is left at its
    /// first such byte, found from the block's marks (``escapeMarks(_:)``).
    private mutating func appendString(_ string: String) {
        var string = string
        bytes.append(UInt8(ascii: "\""))
        string.withUTF8 { utf8 in
            let count = utf8.count
            var runStart = 0
            var index = 0
            while index < count {
                if let block = ByteLanes.load(utf8, at: index) {
                    let marks = Self.escapeMarks(block)
                    guard marks != 0 else {
                        index += 8
                        continue
                    }
                    index += marks.trailingZeroBitCount / 8
                } else if !Self.needsEscape(utf8[index]) {
                    index += 1
                    continue
                }
                // `utf8[index]` needs escaping.
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                appendEscape(utf8[index])
                index += 1
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The high bit of each byte of `block` that needs escaping (``needsEscape(_:)``), exact
    /// up to the first: the lowest mark is always a byte that needs it, so the count of
    /// trailing zero bits tells where the first one stands. (Marks above it may be wrong.)
    @inline(__always)
    static func escapeMarks(_ block: UInt64) -> UInt64 {
        ByteLanes.below(block, 0x20) | ByteLanes.equal(block, UInt8(ascii: "\""))
            | ByteLanes.equal(block, UInt8(ascii: "\\")) | ByteLanes.equal(block, 0x7F)
    }

    /// Whether any of the 8 bytes of `word` needs escaping (``needsEscape(_:)``).
    @inline(__always)
    static func anyNeedsEscape(_ word: UInt64) -> Bool {
        escapeMarks(word) != 0
    }

    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
    }

    private mutating func appendEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(contentsOf: "u00".utf8)
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        }
    }
}
