import Foundation
import Glibc
import Logging

/// The one-line text form of a log entry, shared by ``StderrLogHandler`` and the journal's stderr fallback:
/// `2026-11-21T05:02:30Z warning ingestd: message key=value other="two words"`.
///
/// It exists so that an entry is exactly one line wherever it is written (under systemd each stderr line becomes
/// its own journal entry): newlines and other control characters are escaped, values with spaces are quoted,
/// and metadata keys are sorted so the same entry always reads the same.
///
/// The line is built as UTF-8 bytes: the daemon writes one per ingested file, and Foundation's date formatting
/// and scalar-by-scalar string building cost more than the rest of the entry. Every character the rules
/// touch (controls, space, `"`, `\`) is ASCII, and in UTF-8 no byte of a multi-byte character is below
/// 0x80, so a byte scan sees exactly what a scan of the scalars would.
enum LogLineFormat {
    static func line(
        date: Date,
        level: Logger.Level,
        label: String,
        message: String,
        metadata: Logger.Metadata,
        error: (any Error)? = nil
    ) -> String {
        var line: [UInt8] = []
        line.reserveCapacity(256 + message.utf8.count)
        appendTimestamp(date, to: &line)
        line.append(space)
        line.append(contentsOf: level.rawValue.utf8)
        line.append(space)
        line.append(contentsOf: label.utf8)
        line.append(contentsOf: ": ".utf8)
        appendEscaped(message, to: &line)
        for (key, value) in metadata.sorted(by: { $0.key < $1.key }) {
            line.append(space)
            appendEscaped(key, to: &line)
            line.append(UInt8(ascii: "="))
            appendQuoted(text(of: value), to: &line)
        }
        if let error {
            line.append(contentsOf: " error=".utf8)
            appendQuoted(String(describing: error), to: &line)
        }
        line.append(UInt8(ascii: "\n"))
        return String(decoding: line, as: UTF8.self)
    }

    private static let space = UInt8(ascii: " ")

    private static func isControl(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F }

    private static func text(of value: Logger.MetadataValue) -> String {
        if case .string(let text) = value { return text }
        return String(describing: value)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` in UTC, whole seconds (as Foundation's `.iso8601` format prints it).
    private static func appendTimestamp(_ date: Date, to line: inout [UInt8]) {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else {
            line.append(contentsOf: "\(date.formatted(.iso8601))".utf8)
            return
        }
        func digits(_ value: Int32, _ count: Int, then separator: UInt8?) {
            var divisor: Int32 = 1
            for _ in 1..<count { divisor *= 10 }
            var rest = value
            while divisor > 0 {
                line.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest / divisor % 10))
                rest %= divisor
                divisor /= 10
            }
            if let separator { line.append(separator) }
        }
        digits(parts.tm_year + 1900, 4, then: UInt8(ascii: "-"))
        digits(parts.tm_mon + 1, 2, then: UInt8(ascii: "-"))
        digits(parts.tm_mday, 2, then: UInt8(ascii: "T"))
        digits(parts.tm_hour, 2, then: UInt8(ascii: ":"))
        digits(parts.tm_min, 2, then: UInt8(ascii: ":"))
        digits(parts.tm_sec, 2, then: UInt8(ascii: "Z"))
    }

    /// Control characters become visible escapes (`\n`, `\r`, `\t`, `\u{1B}`), so the text stays on one line.
    private static func appendEscaped(_ text: String, to line: inout [UInt8]) {
        let utf8 = text.utf8
        guard contains(utf8, where: isControl) else {
            line.append(contentsOf: utf8)
            return
        }
        for byte in utf8 {
            if isControl(byte) { appendEscape(of: byte, to: &line) } else { line.append(byte) }
        }
    }

    /// A metadata value as it appears after `key=`: bare when it is one word without control characters,
    /// otherwise in quotes (with `\"` and `\\` escaped).
    private static func appendQuoted(_ value: String, to line: inout [UInt8]) {
        let utf8 = value.utf8
        let needsQuotes =
            utf8.isEmpty
            || contains(utf8) { $0 == space || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || isControl($0) }
        guard needsQuotes else {
            line.append(contentsOf: utf8)
            return
        }
        line.append(UInt8(ascii: "\""))
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\\"): line.append(contentsOf: #"\\"#.utf8)
            case UInt8(ascii: "\""): line.append(contentsOf: #"\""#.utf8)
            case _ where isControl(byte): appendEscape(of: byte, to: &line)
            default: line.append(byte)
            }
        }
        line.append(UInt8(ascii: "\""))
    }

    /// Whether a byte of `utf8` matches, scanning the string's storage directly when it is
    /// contiguous (native strings are; the view's iterator is several times slower).
    @inline(__always)
    private static func contains(_ utf8: String.UTF8View, where matches: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: matches) } ?? utf8.contains(where: matches)
    }

    private static func appendEscape(of control: UInt8, to line: inout [UInt8]) {
        switch control {
        case UInt8(ascii: "\n"): line.append(contentsOf: #"\n"#.utf8)
        case UInt8(ascii: "\r"): line.append(contentsOf: #"\r"#.utf8)
        case UInt8(ascii: "\t"): line.append(contentsOf: #"\t"#.utf8)
        default: line.append(contentsOf: "\\u{\(String(control, radix: 16, uppercase: true))}".utf8)
        }
    }
}
