import Testing

@testable import IngestCore

/// Dates mentioned in running text, read from tokens: every way a mention can open (a month
/// name before its day, a day before its month, a year-month-day number) next to tokens that
/// look like an opening and are not (numbers of three digits, words before marks, "may 5").
@Suite("Finding dates mentioned in running text")
struct DateMentionTests {
    private static func mentions(_ text: String) -> [String] {
        let substring = Substring(text)
        return DateText.mentions(in: TextToken.tokens(substring)).map {
            let year = $0.year.map { "\($0)-" } ?? ""
            return "\(TextToken.slice(substring, $0.range))=\(year)\($0.month)-\($0.day)"
        }
    }

    @Test(arguments: [
        ("On Sept. 5, 2025, he left; on May 6 she came.", ["Sept. 5, 2025=2025-9-5", "May 6=5-6"]),
        ("Filed 2024-09-22 and 2024-13-01, 123 pages, 12345 votes.", ["2024-09-22=2024-9-22"]),
        ("Am 12. März 2024 und am 3. Mai.", ["12. März 2024=2024-3-12", "3. Mai=5-3"]),
        ("Le 1er mars, puis le 23 de enero de 2026.", ["1er mars=3-1", "23 de enero de 2026=2026-1-23"]),
        ("We may 5 times say Mar. 7 or 22 of September.", ["Mar. 7=3-7", "22 of September=9-22"]),
        ("February 30 is none, nor 31 April, but 29 February 2024 is.", ["29 February 2024=2024-2-29"]),
        ("Words. Then marks: — “ ” 7 , 2025 and June.", []),
    ])
    func mentionsAreFoundWhereverTheyOpen(text: String, expected: [String]) {
        #expect(Self.mentions(text) == expected)
    }
}
