/// A day in the proleptic Gregorian calendar, as an article's dateline states it.
///
/// Articles give a publication day far more often than an instant, so the day is kept as
/// written instead of being forced into a time zone.
public struct CalendarDate: Comparable, Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Builds a date, or `nil` if the day does not exist (e.g. February 30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        guard day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`.
    public var iso8601: String {
        // Every day `init` accepts: ten digits and dashes, written in place.
        if (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) {
            return String(unsafeUninitializedCapacity: 10) { buffer in
                let zero = UInt8(ascii: "0")
                buffer[0] = zero + UInt8(year / 1000)
                buffer[1] = zero + UInt8(year / 100 % 10)
                buffer[2] = zero + UInt8(year / 10 % 10)
                buffer[3] = zero + UInt8(year % 10)
                buffer[4] = UInt8(ascii: "-")
                buffer[5] = zero + UInt8(month / 10)
                buffer[6] = zero + UInt8(month % 10)
                buffer[7] = UInt8(ascii: "-")
                buffer[8] = zero + UInt8(day / 10)
                buffer[9] = zero + UInt8(day % 10)
                return 10
            }
        }
        // Fields set out of range by hand: padded as written.
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso8601 }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
