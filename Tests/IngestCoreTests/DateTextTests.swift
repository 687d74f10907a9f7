import IngestCore
import Testing

@Suite("Reading written dates")
struct DateTextTests {
    @Test func calendarDatesAreWrittenZeroPadded() throws {
        #expect(try #require(CalendarDate(year: 5, month: 3, day: 9)).iso8601 == "0005-03-09")
        #expect(try #require(CalendarDate(year: 9999, month: 12, day: 31)).iso8601 == "9999-12-31")
        #expect(try #require(CalendarDate(year: 2024, month: 2, day: 29)).iso8601 == "2024-02-29")
        // Fields set by hand beyond what `init` allows: padded as before, not cut.
        var odd = try #require(CalendarDate(year: 2024, month: 1, day: 1))
        odd.year = 12_345
        #expect(odd.iso8601 == "12345-01-01")
        odd.year = -5
        odd.day = 123
        #expect(odd.iso8601 == "00-5-01-123")
    }

    @Test(arguments: [
        ("2023-08-11", "2023-08-11"),
        ("Friday, January 23, 2026", "2026-01-23"),
        ("January 23, 2026", "2026-01-23"),
        ("Jan. 23, 2026", "2026-01-23"),
        ("Sept 5 2024", "2024-09-05"),
        ("23 January 2026", "2026-01-23"),
        ("Friday 23rd January 2026", "2026-01-23"),
        ("23.01.2026", "2026-01-23"),
        ("1/23/2026", "2026-01-23"),
        ("23/1/2026", "2026-01-23"),
        ("Published: March 3, 2025", "2025-03-03"),
        ("Posted on 2025-03-03T10:15:00Z", "2025-03-03"),
        ("March 3, 2025 at 10:15 am", "2025-03-03"),
        ("Sept. 5, 2025", "2025-09-05"),
        ("Friday, Jan. 23, 2026", "2026-01-23"),
        ("2026/01/23", "2026-01-23"),
        ("23-01-2026", "2026-01-23"),
        ("Published: 23 January 2026 | 09:30 CET", "2026-01-23"),
        ("Posted on 2025-03-03T10:15:00+03:30", "2025-03-03"),
        ("23 janvier 2026", "2026-01-23"),
        ("vendredi 23 janvier 2026", "2026-01-23"),
        ("1er mars 2025", "2025-03-01"),
        ("Publié le 23 janvier 2026 à 14h30", "2026-01-23"),
        ("23. Januar 2026", "2026-01-23"),
        ("Freitag, 23. Januar 2026", "2026-01-23"),
        ("Veröffentlicht am 23.01.2026 um 14:30 Uhr", "2026-01-23"),
        ("23 de enero de 2026", "2026-01-23"),
        ("viernes, 23 de enero de 2026", "2026-01-23"),
        ("Published March 3, 2025 | Updated March 5, 2025", "2025-03-03"),
        ("Updated March 5, 2025 · Published March 3, 2025", "2025-03-03"),
        ("Updated March 5, 2025 • Published March 3, 2025", "2025-03-03"),
        ("Updated March 5, 2025|Published March 3, 2025", "2025-03-03"),
    ])
    func readsDatelineForms(text: String, iso: String) {
        #expect(DateText.parse(text)?.iso8601 == iso)
    }

    @Test(arguments: [
        "3/4/2025",  // March 4 or 3 April: ambiguous, so no date
        "February 30, 2024",
        "On September 22, Iranian regime president Ebrahim Raisi delivered a speech",
        "2026",
        "Smarch 3, 2025",
        "03/04/2025",
        "January 23",  // no year
        "By Jane Doe on March 3, 2025",
        "March 3, 2025 by the harbour",
        "Updated: January 24, 2026",
        "Last modified on March 5, 2025",
        "Mis à jour le 24 janvier 2026",
        "Aktualisiert am 24.01.2026",
        "Actualizado el 24 de enero de 2026",
    ])
    func refusesWhatIsNotExactlyADate(text: String) {
        #expect(DateText.parse(text) == nil)
    }

    @Test(arguments: [
        ("Updated: January 24, 2026", "2026-01-24"),
        ("Last modified on March 5, 2025 at 10:15", "2025-03-05"),
        ("Mis à jour le 24 janvier 2026", "2026-01-24"),
        ("Zuletzt aktualisiert am 24.01.2026", "2026-01-24"),
    ])
    func updateLinesAreDatelinesButNotPublication(text: String, iso: String) throws {
        let line = try #require(DateText.dateline(text))
        #expect(line.isUpdate)
        #expect(line.date.iso8601 == iso)
    }

    @Test func readsALeadingDateLabel() throws {
        let (date, remainder) = try #require(DateText.leadingLabel("date 2023-08-11 In an unprecedented turn"))
        #expect(date.iso8601 == "2023-08-11")
        #expect(remainder == "In an unprecedented turn")
        #expect(DateText.leadingLabel("Updated 2023-08-11 text") == nil)
    }

    @Test func calendarDatesValidateDays() {
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2023, month: 13, day: 1) == nil)
    }

    @Test func aNumericDateWhoseDayAndMonthCannotBeToldApartIsStillADateline() {
        #expect(DateText.parse("03/04/2025") == nil)
        #expect(DateText.isUndecidableDateline("03/04/2025"))
        #expect(DateText.isUndecidableDateline("03-04-2025 10:15"))
        #expect(!DateText.isUndecidableDateline("23/04/2025"), "a decidable date is read, not dropped unread")
        #expect(!DateText.isUndecidableDateline("03/04/2025 was the day"))
        #expect(!DateText.isUndecidableDateline("Call 03/04/2025"))
    }
}
