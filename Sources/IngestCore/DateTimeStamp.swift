/// A publication date as machine-readable metadata states it: `2026-01-23`,
/// `2026-01-23T09:30:00+03:30`, `2026-01-23 09:30:00 +0330` (Jekyll), or RFC 2822's
/// `Fri, 23 Jan 2026 09:30:00 GMT` (feeds).
///
/// The day is kept as stated in the source's own zone, never moved to UTC: an article dated
/// late on the 23rd in New York was published on the 23rd. A time without a zone gives no
/// instant (``rfc3339`` is `nil`), since the reader's zone would be a guess.
public struct DateTimeStamp: Equatable, Sendable {
    public var date: CalendarDate
    /// Seconds since midnight, when a time of day is given.
    public var secondOfDay: Int?
    /// The offset from UTC in minutes, when a zone is given.
    public var offsetMinutes: Int?
    /// The digits of a fraction of a second, as written (at most nine); empty when none.
    public var fraction: String
    /// UTC was written as an offset (`+00:00`, `+0000`), not as `Z` or a zone name.
    public var utcAsOffset: Bool

    public init(
        date: CalendarDate, secondOfDay: Int? = nil, offsetMinutes: Int? = nil, fraction: String = "",
        utcAsOffset: Bool = false
    ) {
        self.date = date
        self.secondOfDay = secondOfDay
        self.offsetMinutes = offsetMinutes
        self.fraction = fraction
        self.utcAsOffset = utcAsOffset
    }

    /// `2026-01-23T09:30:00+03:30`, `2025-06-03T16:42:18.551Z`: the zone and fraction as stated;
    /// `nil` unless both a time and a zone are known.
    public var rfc3339: String? {
        guard let secondOfDay, let offsetMinutes else { return nil }
        var time = "\(Self.pad(secondOfDay / 3600)):\(Self.pad(secondOfDay / 60 % 60)):\(Self.pad(secondOfDay % 60))"
        if !fraction.isEmpty { time += "." + fraction }
        let zone: String
        if offsetMinutes == 0 && !utcAsOffset {
            zone = "Z"
        } else {
            let sign = offsetMinutes < 0 ? "-" : "+"
            zone = "\(sign)\(Self.pad(abs(offsetMinutes) / 60)):\(Self.pad(abs(offsetMinutes) % 60))"
        }
        return "\(date.iso8601)T\(time)\(zone)"
    }

    /// A date as a page's metadata states it: an ISO 8601 / RFC 2822 stamp, or else a written
    /// date ("January 23, 2026"), which has no time.
    public static func stated(_ text: String) -> DateTimeStamp? {
        parse(text) ?? DateText.parse(text).map { DateTimeStamp(date: $0) }
    }

    /// Reads ISO 8601 / RFC 3339 (`T` or a space between date and time, fractions of a second
    /// dropped, `Z`, `±hh:mm`, `±hhmm` or `±hh`), then RFC 2822; `nil` for anything else.
    public static func parse(_ text: some StringProtocol) -> DateTimeStamp? {
        var bytes = Array(text.utf8.prefix(80))
        while bytes.last == 0x20 { bytes.removeLast() }
        while bytes.first == 0x20 { bytes.removeFirst() }
        guard text.utf8.count <= 80 else { return nil }
        var isoReader = Reader(bytes: bytes)
        if let stamp = isoReader.iso8601() { return stamp }
        var feedReader = Reader(bytes: bytes)
        return feedReader.rfc2822()
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// A cursor over the ASCII bytes of a date-time.
private struct Reader {
    var bytes: [UInt8]
    var index = 0

    var atEnd: Bool { index >= bytes.count }

    mutating func digits(_ count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<(index + count)] {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        index += count
        return value
    }

    mutating func skip(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func skipSpaces() { while skip(0x20) {} }

    mutating func iso8601() -> DateTimeStamp? {
        guard let year = digits(4), skip(UInt8(ascii: "-")), let month = digits(2), skip(UInt8(ascii: "-")),
            let day = digits(2), let date = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        if atEnd { return DateTimeStamp(date: date) }
        guard skip(UInt8(ascii: "T")) || skip(UInt8(ascii: "t")) || skip(0x20) else { return nil }
        guard let second = timeOfDay() else { return nil }
        var fraction = ""
        if skip(UInt8(ascii: ".")) || skip(UInt8(ascii: ",")) {
            let start = index
            while let byte = bytes[safe: index], (0x30...0x39).contains(byte) { index += 1 }
            // Nanoseconds at most; a longer run of digits is cut, not rounded.
            fraction = String(decoding: bytes[start..<min(index, start + 9)], as: UTF8.self)
        }
        skipSpaces()
        if atEnd { return DateTimeStamp(date: date, secondOfDay: second) }
        let numericZone = bytes[safe: index] == UInt8(ascii: "+") || bytes[safe: index] == UInt8(ascii: "-")
        guard let offset = zoneOffset(), atEnd else { return nil }
        return DateTimeStamp(
            date: date, secondOfDay: second, offsetMinutes: offset, fraction: fraction, utcAsOffset: numericZone)
    }

    /// `Fri, 23 Jan 2026 09:30:00 +0000`, the weekday and seconds optional.
    mutating func rfc2822() -> DateTimeStamp? {
        if let comma = bytes.firstIndex(of: UInt8(ascii: ",")), comma <= 4 { index = comma + 1 }
        skipSpaces()
        let dayDigits = bytes[safe: index + 1].map { (0x30...0x39).contains($0) } == true ? 2 : 1
        guard let day = digits(dayDigits), skip(0x20), let month = monthName(), skip(0x20), let year = digits(4),
            let date = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        skipSpaces()
        if atEnd { return DateTimeStamp(date: date) }
        guard let second = timeOfDay() else { return nil }
        skipSpaces()
        if atEnd { return DateTimeStamp(date: date, secondOfDay: second) }
        let zone = String(decoding: bytes[index...], as: UTF8.self).uppercased()
        if let offset = Self.namedZones[zone] {
            return DateTimeStamp(date: date, secondOfDay: second, offsetMinutes: offset)
        }
        guard let offset = zoneOffset() else { return nil }
        return DateTimeStamp(date: date, secondOfDay: second, offsetMinutes: offset, utcAsOffset: true)
    }

    /// The zone names RFC 2822 allows besides numeric offsets.
    private static let namedZones: [String: Int] = [
        "GMT": 0, "UT": 0, "UTC": 0, "Z": 0, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420,
        "MDT": -360, "PST": -480, "PDT": -420,
    ]

    /// `hh:mm` or `hh:mm:ss`, as seconds since midnight.
    private mutating func timeOfDay() -> Int? {
        guard let hour = digits(2), skip(UInt8(ascii: ":")), let minute = digits(2), hour < 24, minute < 60 else {
            return nil
        }
        var second = 0
        if skip(UInt8(ascii: ":")) {
            guard let value = digits(2), value < 61 else { return nil }
            second = min(value, 59)
        }
        return hour * 3600 + minute * 60 + second
    }

    private mutating func zoneOffset() -> Int? {
        if skip(UInt8(ascii: "Z")) || skip(UInt8(ascii: "z")) { return atEnd ? 0 : nil }
        let sign: Int
        if skip(UInt8(ascii: "+")) {
            sign = 1
        } else if skip(UInt8(ascii: "-")) {
            sign = -1
        } else {
            return nil
        }
        guard let hours = digits(2), hours <= 14 else { return nil }
        _ = skip(UInt8(ascii: ":"))
        let minutes = atEnd ? 0 : digits(2)
        guard let minutes, minutes < 60, atEnd else { return nil }
        return sign * (hours * 60 + minutes)
    }

    private mutating func monthName() -> Int? {
        guard index + 3 <= bytes.count else { return nil }
        let name = String(decoding: bytes[index..<(index + 3)], as: UTF8.self).lowercased()
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard let number = months.firstIndex(of: name) else { return nil }
        index += 3
        return number + 1
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
