/// Reads the written forms of a date that articles put in datelines: `2023-08-11`,
/// `Friday, January 23, 2026`, `Jan. 23, 2026`, `23 January 2026`, `23.01.2026`, and
/// `1/23/2026` only where day and month cannot be confused.
public enum DateText {
    /// The date, if `text` is a date and nothing else (a weekday, a "Published:" label and a
    /// time of day may come with it).
    public static func parse(_ text: some StringProtocol) -> CalendarDate? {
        var rest = Substring(text.lowercased())
        rest = rest.trimmingPrefix(/(?:published|posted|date|updated|last updated)(?: on)?\s*:?\s*/)
        rest = rest.trimmingPrefix(weekday)
        if let match = rest.firstMatch(
            of:
                /\s*(?:,|at|\||-|–)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:[a-z]{2,5}|utc[+-]?\d*)?\s*$/
        ) {
            rest = rest[..<match.range.lowerBound]
        }
        return calendarDate(rest)
    }

    /// A date that opens a paragraph as a label, like `date 2023-08-11 In an unprecedented…`:
    /// the date and the text after it.
    public static func leadingLabel(_ text: String) -> (date: CalendarDate, remainder: Substring)? {
        let label = /(?i)^(?:date|published|posted)(?: on)?\s*:?\s+(\d{4}-\d{2}-\d{2})\s+/
        guard let match = text.firstMatch(of: label), let date = calendarDate(match.output.1) else {
            return nil
        }
        return (date, text[match.range.upperBound...])
    }

    private static var weekday: Regex<Substring> {
        /(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+/
    }

    private static func calendarDate(_ text: Substring) -> CalendarDate? {
        let text = text.trimmingPrefix(/\s+/)
        if let m = text.wholeMatch(of: /(\d{4})-(\d{1,2})-(\d{1,2})(?:t[\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?\s*/) {
            return CalendarDate(year: Int(m.1) ?? 0, month: Int(m.2) ?? 0, day: Int(m.3) ?? 0)
        }
        if let m = text.wholeMatch(of: /([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\s*/),
            let month = monthNumber(m.1)
        {
            return CalendarDate(year: Int(m.3) ?? 0, month: month, day: Int(m.2) ?? 0)
        }
        if let m = text.wholeMatch(of: /(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{4})\s*/),
            let month = monthNumber(m.2)
        {
            return CalendarDate(year: Int(m.3) ?? 0, month: month, day: Int(m.1) ?? 0)
        }
        if let m = text.wholeMatch(of: /(\d{1,2})\.(\d{1,2})\.(\d{4})\s*/) {
            return CalendarDate(year: Int(m.3) ?? 0, month: Int(m.2) ?? 0, day: Int(m.1) ?? 0)
        }
        if let m = text.wholeMatch(of: /(\d{1,2})\/(\d{1,2})\/(\d{4})\s*/) {
            let first = Int(m.1) ?? 0
            let second = Int(m.2) ?? 0
            let year = Int(m.3) ?? 0
            if first == second { return CalendarDate(year: year, month: first, day: second) }
            if first > 12 { return CalendarDate(year: year, month: second, day: first) }
            if second > 12 { return CalendarDate(year: year, month: first, day: second) }
            return nil
        }
        return nil
    }

    private static func monthNumber(_ name: Substring) -> Int? {
        switch name {
        case "january", "jan": 1
        case "february", "feb": 2
        case "march", "mar": 3
        case "april", "apr": 4
        case "may": 5
        case "june", "jun": 6
        case "july", "jul": 7
        case "august", "aug": 8
        case "september", "sep", "sept": 9
        case "october", "oct": 10
        case "november", "nov": 11
        case "december", "dec": 12
        default: nil
        }
    }
}
