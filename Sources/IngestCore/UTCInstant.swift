import Foundation

/// An instant from 1970 through 9999 broken into its UTC calendar fields, for ``Timestamp``:
/// what a Gregorian `Calendar` in UTC would say, without building one per file.
struct UTCInstant {
    var year: Int
    var month: Int
    var day: Int
    var secondOfDay: Int
    /// 0...999, or 1000 for a fraction within a rounding of the next second (see ``init(_:)``).
    var millisecond: Int

    /// Seconds from 2001-01-01 (Foundation's reference date) back to 1970-01-01.
    private static let referenceFromUnixEpoch = 978_307_200
    /// 10000-01-01T00:00:00Z in seconds from 1970.
    private static let endOfYear9999 = 253_402_300_800

    init?(_ date: Date) {
        let interval = date.timeIntervalSinceReferenceDate
        let whole = interval.rounded(.down)
        guard whole.isFinite, whole >= -Double(Self.referenceFromUnixEpoch),
            whole < Double(Self.endOfYear9999 - Self.referenceFromUnixEpoch)
        else { return nil }
        // As Foundation's calendar takes the nanoseconds, and its ISO 8601 style the
        // milliseconds from them (cut, not rounded). 1000 when the fraction rounds up to 1.
        millisecond = Int((interval - whole) * 1.0e9) / 1_000_000
        let seconds = Int(whole) + Self.referenceFromUnixEpoch
        secondOfDay = seconds % 86_400
        (year, month, day) = Self.civilDate(daysSinceUnixEpoch: seconds / 86_400)
    }

    /// The proleptic Gregorian date `days` days after 1970-01-01 (`days` ≥ 0), counted in
    /// 400-year eras of 146,097 days whose years start on March 1.
    private static func civilDate(daysSinceUnixEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468  // days from 0000-03-01
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}
