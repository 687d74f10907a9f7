import Foundation

/// Where a JSON text stops being JSON, in words an operator can find in an editor:
/// "line 3, column 12: Invalid value" rather than Foundation's byte offset.
enum JSONSyntaxError {
    static func describe(_ error: any Error, in bytes: some Collection<UInt8>) -> String {
        let message = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        guard let marker = message.range(of: "character ") else { return message }
        let digits = message[marker.upperBound...].prefix { $0.isASCII && $0.isNumber }
        guard let offset = Int(digits), offset <= bytes.count else { return message }
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        let reason = message[..<marker.lowerBound].trimmingCharacters(in: .whitespaces)
        let what = reason.hasSuffix(" around") ? String(reason.dropLast(7)) : reason
        return "line \(line.formatted), column \(column.formatted): \(what)"
    }
}
