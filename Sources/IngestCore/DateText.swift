/// Reads the written forms of a date that articles put in datelines: `2023-08-11`,
/// `Friday, January 23, 2026`, `Jan. 23, 2026`, `Sept. 5, 2025`, `23 January 2026`,
/// `23.01.2026`, `23 janvier 2026`, `Freitag, 23. Januar 2026`, `23 de enero de 2026`, and
/// `1/23/2026` only where day and month cannot be confused.
///
/// Hand-written over ``TextToken``s: it runs on every short paragraph at the top of every
/// file, where compiled regular expressions cost more than the rest of the parse.
public enum DateText {
    /// A line that is a date, and whether it says when the article was updated or modified
    /// (which is never its publication date).
    public struct Dateline: Equatable, Sendable {
        public var date: CalendarDate
        public var isUpdate: Bool

        public init(date: CalendarDate, isUpdate: Bool) {
            self.date = date
            self.isUpdate = isUpdate
        }
    }

    /// The publication date, if `text` is a date and nothing else (a weekday, a "Published:"
    /// label and a time of day may come with it). An "Updated: …" or "Last modified …" line
    /// gives `nil`: see ``dateline(_:)``.
    public static func parse(_ text: some StringProtocol) -> CalendarDate? {
        guard let line = dateline(text), !line.isUpdate else { return nil }
        return line.date
    }

    /// The date of a dateline, update lines included. A line of several parts
    /// (`Published March 3, 2025 | Updated March 5, 2025`) gives its publication part.
    public static func dateline(_ text: some StringProtocol) -> Dateline? {
        let line = Substring(text)
        guard line.utf8.count <= 160 else { return nil }
        // One pass over the bytes (of a `Substring`: a generic view would be walked through
        // its witnesses) finds the digit every dateline has, and whether it may have parts:
        // "|", "·" (C2 B7) and "•" (E2 80 A2) hold the bytes 7C, B7 and A2, and a line with
        // none of them (most lines) is one part, told so without walking its Characters.
        var hasDigit = false
        var maySplit = false
        for byte in line.utf8 {
            if byte &- 0x30 < 10 {
                hasDigit = true
            } else if byte == 0x7C || byte == 0xB7 || byte == 0xA2 {
                maySplit = true
            }
        }
        guard hasDigit else { return nil }
        guard maySplit else {
            var reader = DatelineReader(line)
            return reader.read()
        }
        let parts = line.split(whereSeparator: { "|·•".contains($0) })
        guard parts.count > 1 else {
            var reader = DatelineReader(line)
            return reader.read()
        }
        var update: Dateline?
        for part in parts {
            var reader = DatelineReader(part)
            if let line = reader.read() {
                if !line.isUpdate { return line }
                update = update ?? line
            } else if !DatelineReader(part).isTimeOnly() {
                return nil
            }
        }
        return update
    }

    /// Whether `text` is a date line whose day and month cannot be told apart (`03/04/2025`):
    /// no date is taken from it, but it is the article's dateline, not its text.
    public static func isUndecidableDateline(_ text: some StringProtocol) -> Bool {
        let line = Substring(text)
        guard line.utf8.count <= 80, line.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return false }
        var reader = DatelineReader(line)
        return reader.read() == nil && reader.undecidable && reader.isTimeOnly()
    }

    /// A date that opens a paragraph as a label, like `date 2023-08-11 In an unprecedented…`:
    /// the date and the text after it.
    public static func leadingLabel(_ text: String) -> (date: CalendarDate, remainder: Substring)? {
        let utf8 = text.utf8
        var index = utf8.startIndex
        func skipSpaces() { while index < utf8.endIndex, utf8[index] == 0x20 { index = utf8.index(after: index) } }
        let opening = text.prefix(10).lowercased()
        guard let label = ["date", "published", "posted"].first(where: opening.hasPrefix) else { return nil }
        index = utf8.index(index, offsetBy: label.utf8.count)
        skipSpaces()
        if text[index...].lowercased().hasPrefix("on ") {
            index = utf8.index(index, offsetBy: 3)
            skipSpaces()
        }
        if index < utf8.endIndex, utf8[index] == UInt8(ascii: ":") {
            index = utf8.index(after: index)
        }
        // The date must stand apart from the label: "date 2023-08-11", not "date2023-08-11".
        guard index > utf8.startIndex, utf8[utf8.index(before: index)] == 0x20 || utf8[index] == 0x20 else {
            return nil
        }
        skipSpaces()
        // YYYY-MM-DD then at least one space.
        let shape = Array(utf8[index...].prefix(11))
        let isDigit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
        guard shape.count == 11, shape[0..<4].allSatisfy(isDigit), shape[4] == UInt8(ascii: "-"),
            shape[5..<7].allSatisfy(isDigit), shape[7] == UInt8(ascii: "-"), shape[8..<10].allSatisfy(isDigit),
            shape[10] == 0x20
        else { return nil }
        let digits = String(decoding: shape, as: UTF8.self)
        guard let year = Int(digits.prefix(4)), let month = Int(digits.dropFirst(5).prefix(2)),
            let day = Int(digits.dropFirst(8).prefix(2)), let date = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        index = utf8.index(index, offsetBy: 10)
        skipSpaces()
        return (date, text[index...])
    }

    /// A calendar date mentioned in running text ("On September 22, …", "le 22 septembre",
    /// "am 22. September 2024"): where it is (UTF-8 offsets, like ``TextToken/range``), and
    /// the year only if it is written.
    struct Mention {
        var range: Range<Int>
        var month: Int
        var day: Int
        var year: Int?
    }

    /// The calendar dates `tokens` mention, in order. Weekdays and relative days ("on
    /// Tuesday", "yesterday") are not calendar dates and are left out.
    static func mentions<Tokens: RandomAccessCollection<TextToken>>(in tokens: Tokens) -> [Mention]
    where Tokens.Index == Int {
        var found: [Mention] = []
        var index = tokens.startIndex
        while index < tokens.endIndex {
            if mayOpenMention(tokens, at: index), let mention = mention(in: tokens, at: index) {
                found.append(mention.mention)
                index = mention.end
            } else {
                index += 1
            }
        }
        return found
    }

    /// Whether a mention can start at `start`, by the openings ``mention(in:at:)`` reads: a
    /// word with a number or a full stop after it (a month), a day number of one or two
    /// digits, or a four-digit year. Most tokens (marks, words before words) are none.
    @inline(__always)
    private static func mayOpenMention<Tokens: RandomAccessCollection<TextToken>>(_ tokens: Tokens, at start: Int)
        -> Bool where Tokens.Index == Int
    {
        let token = tokens[start]
        switch token.kind {
        case .mark: return false
        case .number: return token.utf8Count <= 2 || token.utf8Count == 4
        case .word:
            let next = start + 1
            return next < tokens.endIndex && (tokens[next].isNumber || tokens[next].isMark("."))
        }
    }

    private static func mention<Tokens: RandomAccessCollection<TextToken>>(in tokens: Tokens, at start: Int)
        -> (mention: Mention, end: Int)? where Tokens.Index == Int
    {
        let token = tokens[start]
        var index = start + 1
        func day(at position: Int) -> Int? {
            guard position < tokens.endIndex, tokens[position].isNumber, tokens[position].utf8Count <= 2,
                (1...31).contains(tokens[position].value)
            else { return nil }
            return tokens[position].value
        }
        func year(at position: Int) -> Int? {
            guard position < tokens.endIndex, tokens[position].isNumber, tokens[position].utf8Count == 4 else {
                return nil
            }
            return tokens[position].value
        }
        func skipOrdinal() {
            if index < tokens.endIndex, tokens[index].isWord, ordinals.contains(tokens[index].key) {
                index += 1
            }
        }
        func take(_ words: WordSet) {
            if index < tokens.endIndex, tokens[index].isWord, words.contains(tokens[index].key) {
                index += 1
            }
        }
        func takeMark(_ mark: Unicode.Scalar) {
            if index < tokens.endIndex, tokens[index].isMark(mark) { index += 1 }
        }
        var month: Int
        var dayValue: Int
        if token.isWord {
            // September 22 / Sept. 22, 2024. A month needs its day next (after an abbreviation's
            // full stop), and no other date opens with a word: a word with no day number after
            // it (most words) is not looked up.
            let dayFollows =
                day(at: index) != nil
                || index < tokens.endIndex && tokens[index].isMark(".") && day(at: index + 1) != nil
            guard dayFollows, let named = CalendarWords.month(token) else { return nil }
            month = named
            takeMark(".")
            guard let value = day(at: index) else { return nil }
            dayValue = value
            index += 1
            skipOrdinal()
        } else if let value = day(at: start) {
            // 22 September / 22. September / 22 de septiembre / 1er mars
            dayValue = value
            skipOrdinal()
            takeMark(".")
            take(ofWords)
            guard index < tokens.endIndex, tokens[index].isWord, let named = CalendarWords.month(tokens[index])
            else { return nil }
            month = named
            index += 1
            takeMark(".")
        } else if token.isNumber, token.utf8Count == 4, index + 3 < tokens.endIndex,
            tokens[index].isMark("-"), tokens[index + 1].isNumber, tokens[index + 1].value >= 0,
            tokens[index + 2].isMark("-"), let dayOfMonth = day(at: index + 3)
        {
            let value = tokens[index + 1].value
            let yearValue = token.value
            // 2024-09-22
            guard CalendarDate(year: yearValue, month: value, day: dayOfMonth) != nil else { return nil }
            let end = index + 4
            return (
                Mention(
                    range: token.range.lowerBound..<tokens[end - 1].range.upperBound,
                    month: value, day: dayOfMonth, year: yearValue), end
            )
        } else {
            return nil
        }
        var end = index
        var yearValue: Int?
        var probe = index
        if probe < tokens.endIndex, tokens[probe].isMark(",") { probe += 1 }
        if probe < tokens.endIndex, tokens[probe].isWord, yearArticles.contains(tokens[probe].key) {
            probe += 1
        }
        if let value = year(at: probe) {
            yearValue = value
            end = probe + 1
        }
        // A day that no year has (February 30) is no date.
        guard CalendarDate(year: yearValue ?? 2000, month: month, day: dayValue) != nil else { return nil }
        var last = end - 1
        while last > start, tokens[last].kind == .mark { last -= 1 }
        return (
            Mention(
                range: token.range.lowerBound..<tokens[last].range.upperBound,
                month: month, day: dayValue, year: yearValue), end
        )
    }

    static let ordinals = WordSet(words: ["st", "nd", "rd", "th", "er", "re", "e", "º", "ª", "o"])
    /// "22 of September", "22 de septiembre".
    static let ofWords = WordSet(words: ["of", "de"])
    /// "22 de septiembre de 2024", "del 2024".
    static let yearArticles = WordSet(words: ["de", "del"])
}

/// Reads one dateline token by token.
private struct DatelineReader {
    let tokens: [TextToken]
    var index = 0
    /// The date was all numbers with day and month both 12 or less (`03/04/2025`).
    private(set) var undecidable = false

    init(_ text: Substring) {
        tokens = TextToken.tokens(text)
    }

    /// Words that say the line dates a publication.
    private static let publicationLabels = WordSet(words: [
        "published", "posted", "date", "dated", "created", "publié", "publiée", "publication", "veröffentlicht",
        "erstellt", "publicado", "publicada", "pubblicato", "publicação", "gepubliceerd", "geplaatst",
    ])
    /// Words that say the line dates a later change.
    private static let updateLabels = WordSet(words: [
        "updated", "update", "modified", "edited", "revised", "mis", "aktualisiert", "geändert", "actualizado",
        "actualizada", "actualización", "aggiornato", "atualizado", "bijgewerkt",
    ])
    /// Words that go with a label: "Last updated on", "mis à jour le", "zuletzt aktualisiert am".
    private static let labelFillers = WordSet(words: [
        "on", "at", "last", "first", "originally", "le", "à", "jour", "am", "zuletzt", "el", "il", "em", "op", "de",
    ])
    /// Fillers that may open a line before its label: "Last updated", "Zuletzt aktualisiert".
    private static let openingFillers = WordSet(words: ["last", "first", "originally", "zuletzt"])
    /// An article before the day: "le 23 janvier", "am 23. Januar", "el 23 de enero".
    private static let articles = WordSet(words: ["le", "am", "el", "il", "op"])
    /// Words that may introduce a time of day after the date.
    private static let timeIntroductions = WordSet(words: ["at", "um", "à", "a", "las", "alle", "om", "t", "ab"])
    /// What may follow the hour: "10 am", "14h", "14 Uhr".
    private static let hourWords = WordSet(words: ["am", "pm", "h", "uhr"])
    private static let hourMark = WordKey("h")

    mutating func read() -> DateText.Dateline? {
        guard let isUpdate = readLabel() else { return nil }
        if index < tokens.count, tokens[index].isWord, Self.articles.contains(tokens[index].key),
            index + 1 < tokens.count, tokens[index + 1].isNumber || isWeekday(index + 1)
        {
            index += 1
        }
        if isWeekday(index) {
            index += 1
            skipMarks(".,")
            if index < tokens.count, tokens[index].isWord, Self.articles.contains(tokens[index].key) {
                index += 1
            }
        }
        guard let date = readDate(), isTimeOnly() else { return nil }
        return DateText.Dateline(date: date, isUpdate: isUpdate)
    }

    /// Reads a leading label; `nil` when the words there are not a dateline's.
    private mutating func readLabel() -> Bool? {
        var sawLabel = false
        var isUpdate = false
        var fillers = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.isWord {
                let word = token.key
                if Self.updateLabels.contains(word) {
                    sawLabel = true
                    isUpdate = true
                } else if Self.publicationLabels.contains(word) {
                    sawLabel = true
                } else if Self.labelFillers.contains(word),
                    sawLabel || Self.openingFillers.contains(word)
                {
                    fillers += 1
                } else {
                    break
                }
            } else if sawLabel, token.isMark(in: ":-–,") {
                // "Published:" / "Updated -"
            } else {
                break
            }
            index += 1
        }
        if fillers > 0 && !sawLabel { return nil }
        return isUpdate
    }

    private func isWeekday(_ position: Int) -> Bool {
        position < tokens.count && tokens[position].isWord
            && CalendarWords.isWeekday(lowercased: tokens[position].key)
    }

    private mutating func skipMarks(_ marks: String) {
        while index < tokens.count, tokens[index].isMark(in: marks) {
            index += 1
        }
    }

    private func number(_ position: Int, digits: ClosedRange<Int>) -> Int? {
        guard position < tokens.count, tokens[position].isNumber, digits.contains(tokens[position].utf8Count)
        else { return nil }
        return tokens[position].value
    }

    private func isWord(_ position: Int, in words: WordSet) -> Bool {
        position < tokens.count && tokens[position].isWord && words.contains(tokens[position].key)
    }

    private mutating func readDate() -> CalendarDate? {
        // 2023-08-11, 2023/08/11
        if let year = number(index, digits: 4...4), index + 4 < tokens.count,
            tokens[index + 1].isMark("-") || tokens[index + 1].isMark("/"),
            tokens[index + 3].key == tokens[index + 1].key,
            let month = number(index + 2, digits: 1...2), let day = number(index + 4, digits: 1...2)
        {
            index += 5
            return CalendarDate(year: year, month: month, day: day)
        }
        if let first = number(index, digits: 1...2) {
            // 23.01.2026, 1/23/2026, 23-01-2026
            if index + 4 < tokens.count, let second = number(index + 2, digits: 1...2),
                let year = number(index + 4, digits: 4...4), tokens[index + 1].kind == .mark,
                tokens[index + 3].key == tokens[index + 1].key
            {
                let separator = tokens[index + 1]
                index += 5
                if separator.isMark(".") { return CalendarDate(year: year, month: second, day: first) }
                guard separator.isMark("/") || separator.isMark("-") else { return nil }
                if first == second { return CalendarDate(year: year, month: first, day: second) }
                if first > 12 { return CalendarDate(year: year, month: second, day: first) }
                if second > 12 { return CalendarDate(year: year, month: first, day: second) }
                undecidable = true
                return nil
            }
            // 23 January 2026, 23rd of January, 2026, 23. Januar 2026, 23 de enero de 2026
            index += 1
            if isWord(index, in: DateText.ordinals) { index += 1 }
            skipMarks(".")
            if isWord(index, in: DateText.ofWords) { index += 1 }
            guard index < tokens.count, tokens[index].isWord,
                let month = CalendarWords.month(lowercased: tokens[index].key)
            else { return nil }
            index += 1
            skipMarks(".,")
            if isWord(index, in: DateText.yearArticles) { index += 1 }
            guard let year = number(index, digits: 4...4) else { return nil }
            index += 1
            return CalendarDate(year: year, month: month, day: first)
        }
        // January 23, 2026, Jan. 23 2026, Sept 5th, 2025
        guard index < tokens.count, tokens[index].isWord,
            let month = CalendarWords.month(lowercased: tokens[index].key)
        else { return nil }
        index += 1
        skipMarks(".")
        guard let day = number(index, digits: 1...2) else { return nil }
        index += 1
        if isWord(index, in: DateText.ordinals) { index += 1 }
        skipMarks(",")
        guard let year = number(index, digits: 4...4) else { return nil }
        index += 1
        return CalendarDate(year: year, month: month, day: day)
    }

    /// Whether what is left is nothing or a time of day: `at 10:15 am`, `| 14:30 CET`,
    /// `T10:15:00Z`, `um 14.30 Uhr`, `à 14h30`.
    func isTimeOnly() -> Bool {
        var position = index
        var sawTime = false
        while position < tokens.count {
            let token = tokens[position]
            switch token.kind {
            case .mark:
                guard token.isMark(in: ",|-–—@()+:./") else {
                    return false
                }
                position += 1
            case .number:
                if sawTime {
                    position += 1
                } else {
                    guard token.utf8Count <= 2, position + 2 < tokens.count,
                        tokens[position + 1].isMark(":") || tokens[position + 1].isMark(".")
                            || tokens[position + 1].is(Self.hourMark),
                        tokens[position + 2].isNumber, tokens[position + 2].utf8Count == 2
                    else {
                        // "10 am", "14h"
                        guard token.utf8Count <= 2, position + 1 < tokens.count,
                            Self.hourWords.contains(tokens[position + 1].key)
                        else { return false }
                        sawTime = true
                        position += 2
                        continue
                    }
                    sawTime = true
                    position += 3
                }
            case .word:
                if !sawTime, Self.timeIntroductions.contains(token.key) {
                    position += 1
                } else if sawTime, token.utf8Count <= 6 {
                    // am, pm, a.m., Uhr, UTC, CET, EST, Z
                    position += 1
                } else {
                    return false
                }
            }
        }
        return sawTime || index >= tokens.count
    }
}
