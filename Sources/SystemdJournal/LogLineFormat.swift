import Foundation
import Logging

/// The one-line text form of a log entry, shared by ``StderrLogHandler`` and the journal's stderr fallback:
/// `2026-11-21T05:02:30Z warning ingestd: message key=value other="two words"`.
///
/// It exists so that an entry is exactly one line wherever it is written (under systemd each stderr line becomes
/// its own journal entry): newlines and other control characters are escaped, values with spaces are quoted,
/// and metadata keys are sorted so the same entry always reads the same.
enum LogLineFormat {
    static func line(
        date: Date,
        level: Logger.Level,
        label: String,
        message: String,
        metadata: Logger.Metadata,
        error: (any Error)? = nil
    ) -> String {
        var line = "\(date.formatted(.iso8601)) \(level) \(label): \(escaped(message))"
        for key in metadata.keys.sorted() {
            if let value = metadata[key] { line += " \(escaped(key))=\(quoted(String(describing: value)))" }
        }
        if let error { line += " error=\(quoted(String(describing: error)))" }
        return line + "\n"
    }

    /// Control characters become visible escapes (`\n`, `\r`, `\t`, `\u{1B}`), so the text stays on one line.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A metadata value as it appears after `key=`: bare when it is one word without control characters,
    /// otherwise in quotes (with `\"` and `\\` escaped).
    static func quoted(_ value: String) -> String {
        let needsQuotes =
            value.isEmpty
            || value.unicodeScalars.contains {
                $0 == " " || $0 == "\"" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F
            }
        if !needsQuotes { return value }
        let escapedText = escaped(value.replacingOccurrences(of: "\\", with: "\\\\"))
        return "\"" + escapedText.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
