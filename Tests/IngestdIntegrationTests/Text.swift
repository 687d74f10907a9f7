import Foundation

/// Small text helpers for comparing what the store holds with what a test expects.
enum Text {
    /// Runs of white space (no-break spaces included) as one space, ends trimmed: how the
    /// seed expectations compare bodies.
    static func squeezed(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{00A0}", with: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Reads an RFC 3339 timestamp with fractional seconds, as `ingested_at` has it.
    static func rfc3339Date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
