import Foundation
import Testing

@testable import IngestCore

/// ``Timestamp`` writes the common instants by hand; each must come out as Foundation's ISO 8601
/// style and Gregorian calendar write it, to the millisecond and the day.
@Suite("Timestamps written by hand agree with Foundation")
struct TimestampTests {
    private static func foundationRFC3339(_ date: Date) -> String {
        date.formatted(
            .iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }

    private static func foundationDay(_ date: Date) -> CalendarDate? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDate(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
    }

    /// Instants since 2001 (Foundation's reference date): seeded random ones from 1970 to
    /// 9999, and the ones where a rule could slip: either side of a millisecond, a second, a
    /// day, a leap day, a century, the reference date and the ends of the span.
    private static func instants() -> [TimeInterval] {
        var state: UInt64 = 0x7157_A3B9
        func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
        let start = -978_307_200.0
        let end = 253_402_300_800.0 - 978_307_200.0
        var instants: [TimeInterval] = []
        for _ in 0..<4_000 {
            // Anywhere in the span, and (denser) around now.
            instants.append(start + Double(next() % UInt64(end - start)) + Double(next() % 1_000_000) / 1e6)
            instants.append(7.5e8 + Double(next() % 1_000_000_000) + Double(next() % 1_000_000_000) / 1e9)
        }
        let marks: [TimeInterval] = [
            start, 0, 86_400, 951_782_400 - 978_307_200,  // 2000-03-01
            4_107_456_000 - 978_307_200,  // 2100-02-28
            4_107_542_400 - 978_307_200,  // 2100-03-01
            1_709_164_800 - 978_307_200,  // 2024-02-29
            1_767_225_600 - 978_307_200, end - 1,
        ]
        for mark in marks {
            for offset in [0.0, 0.0005, 0.001, 0.0015, 0.123, 0.9995, 0.999, 0.9999999, 1, -0.0000001, -0.0005, -0.5] {
                instants.append(mark + offset)
                instants.append((mark + offset).nextUp)
                instants.append((mark + offset).nextDown)
            }
        }
        // Either side of a millisecond at many places.
        for _ in 0..<2_000 {
            let millisecond = Double(Int64(next() % 3_000_000_000_000)) / 1000 + 7e8
            instants += [millisecond, millisecond.nextUp, millisecond.nextDown]
        }
        return instants.filter { $0 >= start && $0 < end }
    }

    @Test func rfc3339MatchesFoundationOverManyInstants() {
        var disagreements: [String] = []
        for interval in Self.instants() {
            let date = Date(timeIntervalSinceReferenceDate: interval)
            let expected = Self.foundationRFC3339(date)
            let written = Timestamp.rfc3339(date)
            if written != expected { disagreements.append("\(interval): \(written) != \(expected)") }
        }
        #expect(disagreements.isEmpty, "first ones: \(disagreements.prefix(20))")
    }

    @Test func calendarDayMatchesFoundationOverManyInstants() {
        var disagreements: [String] = []
        for interval in Self.instants() {
            let date = Date(timeIntervalSinceReferenceDate: interval)
            let expected = Self.foundationDay(date)
            let day = Timestamp.calendarDay(date)
            if day != expected {
                disagreements.append("\(interval): \(String(describing: day)) != \(String(describing: expected))")
            }
        }
        #expect(disagreements.isEmpty, "first ones: \(disagreements.prefix(20))")
    }

    @Test func instantsOutsideTheSpanStillGoToFoundation() {
        for interval in [-978_307_200.5, -1e11, 253_402_300_800.0, 1e13] {
            let date = Date(timeIntervalSinceReferenceDate: interval)
            #expect(Timestamp.rfc3339(date) == Self.foundationRFC3339(date))
            #expect(Timestamp.calendarDay(date) == Self.foundationDay(date))
        }
    }

    @Test func aKnownInstantReadsAsWritten() {
        // 2026-11-21T05:02:30.123Z, from its parts.
        let date = Date(timeIntervalSince1970: 1_795_237_350.123_4)
        #expect(Timestamp.rfc3339(date) == "2026-11-21T05:02:30.123Z")
        #expect(Timestamp.calendarDay(date) == CalendarDate(year: 2026, month: 11, day: 21))
    }
}
