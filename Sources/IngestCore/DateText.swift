import Synchronization

/// Reads the written forms of a date that articles put in datelines: `2023-08-11`,
/// `Friday, January 23, 2026`, `Jan. 23, 2026`, `23 January 2026`, `23.01.2026`, and
/// `1/23/2026` only where day and month cannot be confused.
public enum DateText {
    /// The date, if `text` is a date and nothing else (a weekday, a "Published:" label and a
    /// time of day may come with it).
    public static func parse(_ text: some StringProtocol) -> CalendarDate? {
        // Regexes cost far more than these checks: a dateline is short and holds a year.
        guard text.utf8.count <= 80, text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return nil }
        let lowered = text.lowercased()
        return patterns.withLock { patterns in
            var rest = Substring(lowered)
            rest = rest.trimmingPrefix(patterns.label)
            rest = rest.trimmingPrefix(patterns.weekday)
            if let match = rest.firstMatch(of: patterns.timeOfDay) {
                rest = rest[..<match.range.lowerBound]
            }
            return patterns.calendarDate(rest)
        }
    }

    /// A date that opens a paragraph as a label, like `date 2023-08-11 In an unprecedented…`:
    /// the date and the text after it.
    public static func leadingLabel(_ text: String) -> (date: CalendarDate, remainder: Substring)? {
        let opening = text.prefix(10).lowercased()
        guard ["date", "published", "posted"].contains(where: opening.hasPrefix) else { return nil }
        let offset = patterns.withLock { patterns -> (date: CalendarDate, end: Int)? in
            guard let match = text.firstMatch(of: patterns.leadingLabel),
                let date = patterns.calendarDate(match.output.1)
            else { return nil }
            return (date, text.utf8.distance(from: text.startIndex, to: match.range.upperBound))
        }
        guard let offset else { return nil }
        return (offset.date, text[text.utf8.index(text.startIndex, offsetBy: offset.end)...])
    }

    /// Compiled once: building a `Regex` from a literal parses it again on every evaluation,
    /// which cost more than all the rest of ingesting a file. `Regex` is not `Sendable`, so the
    /// compiled set is shared behind a lock.
    private static let patterns = Mutex(DatePatterns())
}

/// The regular expressions of ``DateText``.
private struct DatePatterns {
    let label = /(?:published|posted|date|updated|last updated)(?: on)?\s*:?\s*/
    let weekday =
        /(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+/
    let timeOfDay =
        /\s*(?:,|at|\||-|–)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:[a-z]{2,5}|utc[+-]?\d*)?\s*$/
    let leadingLabel = /(?i)^(?:date|published|posted)(?: on)?\s*:?\s+(\d{4}-\d{2}-\d{2})\s+/
    let space = /\s+/
    let iso = /(\d{4})-(\d{1,2})-(\d{1,2})(?:t[\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?\s*/
    let monthDayYear = /([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\s*/
    let dayMonthYear = /(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{4})\s*/
    let dotted = /(\d{1,2})\.(\d{1,2})\.(\d{4})\s*/
    let slashed = /(\d{1,2})\/(\d{1,2})\/(\d{4})\s*/

    func calendarDate(_ text: Substring) -> CalendarDate? {
        let text = text.trimmingPrefix(space)
        if let m = text.wholeMatch(of: iso) {
            return CalendarDate(year: Int(m.1) ?? 0, month: Int(m.2) ?? 0, day: Int(m.3) ?? 0)
        }
        if let m = text.wholeMatch(of: monthDayYear),
            let month = monthNumber(m.1)
        {
            return CalendarDate(year: Int(m.3) ?? 0, month: month, day: Int(m.2) ?? 0)
        }
        if let m = text.wholeMatch(of: dayMonthYear),
            let month = monthNumber(m.2)
        {
            return CalendarDate(year: Int(m.3) ?? 0, month: month, day: Int(m.1) ?? 0)
        }
        if let m = text.wholeMatch(of: dotted) {
            return CalendarDate(year: Int(m.3) ?? 0, month: Int(m.2) ?? 0, day: Int(m.1) ?? 0)
        }
        if let m = text.wholeMatch(of: slashed) {
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

    private func monthNumber(_ name: Substring) -> Int? {
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
