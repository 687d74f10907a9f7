import Foundation

/// Formats and reads the instants ingestd writes: RFC 3339 in UTC with milliseconds.
public enum Timestamp {
    /// `2026-11-21T05:02:30.123Z`.
    public static func rfc3339(_ date: Date) -> String {
        date.formatted(
            .iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }

    /// The UTC calendar day of `date`.
    public static func calendarDay(_ date: Date) -> CalendarDate? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDate(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
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
