import Foundation

/// Formats and reads the instants ingestd writes: RFC 3339 in UTC with milliseconds.
///
/// Every stored record and reason file is stamped, so the common instants (1970 to 9999) are
/// worked out by hand, the way Foundation's ISO 8601 style and Gregorian calendar do it
/// (seconds and nanoseconds from `timeIntervalSinceReferenceDate`, the milliseconds cut, not
/// rounded), instead of through a `Calendar` per file; a test holds the two to the same text.
/// Instants outside that span go to Foundation.
public enum Timestamp {
    /// `2026-11-21T05:02:30.123Z`.
    public static func rfc3339(_ date: Date) -> String {
        // A fraction a hair below a whole second (only for instants a hair before 2001) makes
        // Foundation's nanoseconds a full 10^9: it then writes 4 digits, which is left to it.
        guard let instant = UTCInstant(date), instant.millisecond < 1000 else {
            return date.formatted(
                .iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
        }
        return String(unsafeUninitializedCapacity: 24) { buffer in
            var writer = DigitWriter(buffer: buffer)
            writer.digits(instant.year, 4)
            writer.byte(UInt8(ascii: "-"))
            writer.digits(instant.month, 2)
            writer.byte(UInt8(ascii: "-"))
            writer.digits(instant.day, 2)
            writer.byte(UInt8(ascii: "T"))
            writer.digits(instant.secondOfDay / 3600, 2)
            writer.byte(UInt8(ascii: ":"))
            writer.digits(instant.secondOfDay / 60 % 60, 2)
            writer.byte(UInt8(ascii: ":"))
            writer.digits(instant.secondOfDay % 60, 2)
            writer.byte(UInt8(ascii: "."))
            writer.digits(instant.millisecond, 3)
            writer.byte(UInt8(ascii: "Z"))
            return writer.count
        }
    }

    /// The UTC calendar day of `date`.
    public static func calendarDay(_ date: Date) -> CalendarDate? {
        if let instant = UTCInstant(date) {
            return CalendarDate(year: instant.year, month: instant.month, day: instant.day)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDate(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
    }

    /// Writes ASCII into a `String`'s uninitialized buffer.
    private struct DigitWriter {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var count = 0

        mutating func byte(_ byte: UInt8) {
            buffer[count] = byte
            count += 1
        }

        /// `value` (≥ 0) in `width` decimal digits, zero-padded.
        mutating func digits(_ value: Int, _ width: Int) {
            var rest = value
            for place in stride(from: width - 1, through: 0, by: -1) {
                buffer[count + place] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            count += width
        }
    }
}

extension Timestamp {
    /// `20261121T050230Z`: for file names, which sort by time and need no quoting.
    public static func compact(_ date: Date) -> String {
        date.formatted(
            .iso8601.year().month().day().dateTimeSeparator(.standard).time(includingFractionalSeconds: false).timeZone(
                separator: .omitted
            ).dateSeparator(.omitted).timeSeparator(.omitted))
    }
}
