import IngestCore
import Testing

@Suite("Machine-readable publication dates")
struct DateTimeStampTests {
    @Test func readsISO8601KeepingTheStatedZone() throws {
        let stamp = try #require(DateTimeStamp.parse("2026-01-23T09:30:00+03:30"))
        #expect(stamp.date.iso8601 == "2026-01-23")
        #expect(stamp.rfc3339 == "2026-01-23T09:30:00+03:30")
        #expect(DateTimeStamp.parse("2026-01-23T23:15:00.123-0500")?.rfc3339 == "2026-01-23T23:15:00.123-05:00")
        #expect(DateTimeStamp.parse("2026-01-23T06:00:00Z")?.rfc3339 == "2026-01-23T06:00:00Z")
        #expect(DateTimeStamp.parse("2026-01-23T06:00:00+00:00")?.rfc3339 == "2026-01-23T06:00:00+00:00")
        #expect(DateTimeStamp.parse("2026-01-23 09:30:00 +0330")?.rfc3339 == "2026-01-23T09:30:00+03:30")
        #expect(DateTimeStamp.parse("2026-01-23T09:30+05")?.rfc3339 == "2026-01-23T09:30:00+05:00")
    }

    @Test func theDayIsTheOneStatedNotTheUTCOne() {
        let late = DateTimeStamp.parse("2026-01-23T23:30:00-05:00")
        #expect(late?.date.iso8601 == "2026-01-23")
    }

    @Test func aDayOrALocalTimeGivesNoInstant() {
        #expect(DateTimeStamp.parse("2026-01-23")?.date.iso8601 == "2026-01-23")
        #expect(DateTimeStamp.parse("2026-01-23")?.rfc3339 == nil)
        #expect(DateTimeStamp.parse("2026-01-23T09:30:00")?.rfc3339 == nil)
    }

    @Test func readsRFC2822() {
        #expect(DateTimeStamp.parse("Fri, 23 Jan 2026 09:30:00 GMT")?.rfc3339 == "2026-01-23T09:30:00Z")
        #expect(DateTimeStamp.parse("23 Jan 2026 09:30 +0100")?.rfc3339 == "2026-01-23T09:30:00+01:00")
        #expect(DateTimeStamp.parse("Fri, 23 Jan 2026 21:30:00 EST")?.rfc3339 == "2026-01-23T21:30:00-05:00")
    }

    @Test func refusesWhatIsNotADate() {
        for text in [
            "2026-02-30", "2026-13-01T00:00:00Z", "2026-01-23T25:00:00Z", "2026-01-23T09:30:00+99:00",
            "yesterday", "", "2026-01-23Tgarbage", "Fri, 32 Jan 2026",
        ] {
            #expect(DateTimeStamp.parse(text) == nil, "\(text)")
        }
    }

    @Test func keepsTheFractionAndTheWayUTCWasWritten() {
        #expect(DateTimeStamp.parse("2025-06-03T16:42:18.551Z")?.rfc3339 == "2025-06-03T16:42:18.551Z")
        #expect(DateTimeStamp.parse("2025-06-03T16:42:18.5512345678901Z")?.rfc3339 == "2025-06-03T16:42:18.551234567Z")
        #expect(DateTimeStamp.parse("2025-11-07T12:10:00+00:00")?.rfc3339 == "2025-11-07T12:10:00+00:00")
        #expect(DateTimeStamp.parse("2025-11-07 12:10:00 +0000")?.rfc3339 == "2025-11-07T12:10:00+00:00")
        #expect(DateTimeStamp.parse("2025-11-07t12:10:00z")?.rfc3339 == "2025-11-07T12:10:00Z")
    }
}
