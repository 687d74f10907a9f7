/// Reads the keys of a JSON object in the order they are written, which `JSONSerialization`
/// forgets: the store promises a fixed key order, and only the raw line can show it.
enum JSONKeyOrder {
    /// The keys of the outermost object of `json`, in order. Assumes well-formed JSON.
    static func topLevelKeys(of json: String) -> [String] {
        var keys: [String] = []
        var depth = 0
        var inString = false
        var escaped = false
        var current: [UInt8] = []
        var lastString: [UInt8]?
        for byte in json.utf8 {
            if inString {
                if escaped {
                    escaped = false
                    current.append(byte)
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                    current.append(byte)
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    lastString = depth == 1 ? current : nil
                } else {
                    current.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                current = []
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                lastString = nil
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                lastString = nil
            case UInt8(ascii: ":"):
                if let key = lastString { keys.append(String(decoding: key, as: UTF8.self)) }
                lastString = nil
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                break
            default:
                lastString = nil
            }
        }
        return keys
    }
}
