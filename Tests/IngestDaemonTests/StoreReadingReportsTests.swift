import IngestStore
import Testing

@testable import IngestDaemon

/// What a long store read at start sends: an extension only while the read moves on, and one
/// journal line, a second into the read.
@Suite("Reports of a long store read")
struct StoreReadingReportsTests {
    private func progress(_ bytes: Int64) -> StoreReadProgress {
        StoreReadProgress(bytesRead: bytes, bytesToRead: 1_000, fullReadReason: "there is no index file")
    }

    @Test func extendsWhileTheReadMovesOnAndAnnouncesOnceASecondIn() {
        var reports = StoreReadingReports()
        let start = ContinuousClock.now
        #expect(reports.next(progress(0), now: start) == .extend)
        #expect(!reports.shouldAnnounce, "a read that ends within a second is not logged")
        #expect(reports.next(progress(300), now: start + .milliseconds(500)) == .extend)
        #expect(!reports.shouldAnnounce)
        #expect(reports.next(progress(600), now: start + .seconds(1)) == .extend)
        #expect(reports.shouldAnnounce)
        #expect(reports.next(progress(900), now: start + .seconds(2)) == .extend)
        #expect(!reports.shouldAnnounce, "announced once")
    }

    /// Bytes count as read before their lines are parsed: reports at the full size (the last
    /// lines being parsed, then the index built) extend, and are never the journal's line.
    @Test func aReadAtItsFullSizeStillGetsTime() {
        var reports = StoreReadingReports()
        let start = ContinuousClock.now
        #expect(reports.next(progress(0), now: start) == .extend)
        #expect(reports.next(progress(1_000), now: start + .seconds(1)) == .extend)
        #expect(!reports.shouldAnnounce, "a read that is done is not announced")
        #expect(reports.next(progress(1_000), now: start + .seconds(2)) == .extend)
    }

    @Test func aStuckReadGetsNoMoreTime() {
        var reports = StoreReadingReports()
        let start = ContinuousClock.now
        #expect(reports.next(progress(0), now: start) == .extend)
        #expect(reports.next(progress(200), now: start + .seconds(1)) == .extend)
        #expect(reports.next(progress(200), now: start + .seconds(2)) == .statusOnly, "stuck")
        #expect(reports.next(progress(400), now: start + .seconds(3)) == .extend, "moving again")
    }
}
