/// One `NAME=value` pair of a journal entry.
///
/// It exists because journald silently drops fields with invalid names (and still reports success), so names
/// are checked here, once, and arbitrary metadata keys can be turned into valid names instead of vanishing.
/// Values are raw bytes: newlines, binary data and large values are all carried intact.
public struct JournalField: Sendable, Hashable {
    /// The longest field name journald accepts.
    public static let maximumNameLength = 64

    /// The field name, e.g. `MESSAGE` or `REQUEST_ID`; always valid (see ``isValidName(_:)``).
    public let name: String
    /// The field value, as the bytes journald stores.
    public let value: [UInt8]

    /// A field with a name that must already be valid.
    /// - Throws: ``SystemdError/invalidFieldName(_:)`` when `name` is not a valid journal field name.
    public init(name: String, value: [UInt8]) throws(SystemdError) {
        guard Self.isValidName(name) else { throw .invalidFieldName(name) }
        self.name = name
        self.value = value
    }

    /// A field with a name that must already be valid and a UTF-8 text value.
    /// - Throws: ``SystemdError/invalidFieldName(_:)`` when `name` is not a valid journal field name.
    public init(name: String, value: String) throws(SystemdError) {
        try self.init(name: name, value: Array(value.utf8))
    }

    /// A field named after an arbitrary key (see ``sanitizedName(_:)``); `nil` when nothing usable is left.
    public init?(sanitizing key: String, value: String) {
        guard let name = Self.sanitizedName(key) else { return nil }
        self.name = name
        self.value = Array(value.utf8)
    }

    /// For names that are constants of this module, known to be valid (the tests check each one).
    init(trustedName name: String, value: String) {
        self.name = name
        self.value = Array(value.utf8)
    }

    /// Whether journald keeps a field of this name: 1–64 characters of `A-Z`, `0-9` and `_`, not starting with
    /// `_` (reserved for fields journald adds itself) or a digit.
    public static func isValidName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, bytes.count <= maximumNameLength else { return false }
        guard first != UInt8(ascii: "_"), !isDigit(first) else { return false }
        return bytes.allSatisfy { isUpper($0) || isDigit($0) || $0 == UInt8(ascii: "_") }
    }

    /// Turns an arbitrary key (a swift-log metadata key, say) into a valid field name: letters are upper-cased,
    /// every other character that is not `A-Z`/`0-9` becomes `_`, leading `_` are stripped, a leading digit
    /// gets an `F_` prefix, and the result is cut to 64 characters. `request-id` → `REQUEST_ID`,
    /// `_pid` → `PID`, `2fa` → `F_2FA`. Returns `nil` when no letter or digit is left (`"--"`, `"ключ"`).
    public static func sanitizedName(_ key: String) -> String? {
        var bytes: [UInt8] = key.unicodeScalars.map { scalar in
            guard scalar.isASCII else { return UInt8(ascii: "_") }
            let byte = UInt8(scalar.value)
            if isUpper(byte) || isDigit(byte) { return byte }
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { return byte - 32 }
            return UInt8(ascii: "_")
        }
        bytes.removeFirst(bytes.prefix { $0 == UInt8(ascii: "_") }.count)
        guard let first = bytes.first else { return nil }
        if isDigit(first) { bytes.insert(contentsOf: Array("F_".utf8), at: 0) }
        return String(decoding: bytes.prefix(maximumNameLength), as: UTF8.self)
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
