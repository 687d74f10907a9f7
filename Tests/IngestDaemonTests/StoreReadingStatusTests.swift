import IngestStore
import Testing

@testable import IngestDaemon

/// The status line a service manager shows while the store is read at start.
@Suite("The status line while the store is read")
struct StoreReadingStatusTests {
    @Test func aFullReadSaysWhyAndHowFar() {
        let progress = StoreReadProgress(
            bytesRead: 1_204 << 20, bytesToRead: 4_365 << 20, fullReadReason: "there is no index file")
        #expect(progress.percent == 27)
        #expect(
            IngestService.readingStatus(progress, store: "/var/lib/ingestd/articles.jsonl")
                == "reading all of /var/lib/ingestd/articles.jsonl to index it, because there is no index file: "
                + "1,204 of 4,365 MiB (27%)")
    }

    @Test func aTailReadSaysWhichLines() {
        let progress = StoreReadProgress(bytesRead: 0, bytesToRead: 40 << 20, fullReadReason: nil)
        #expect(
            IngestService.readingStatus(progress, store: "/s.jsonl")
                == "reading the lines of /s.jsonl written after its index file: 0 of 40 MiB (0%)")
    }

    @Test func percentStaysWithinBounds() {
        #expect(StoreReadProgress(bytesRead: 5, bytesToRead: 0, fullReadReason: nil).percent == 100)
        #expect(StoreReadProgress(bytesRead: 50, bytesToRead: 10, fullReadReason: nil).percent == 100)
        #expect(StoreReadProgress(bytesRead: 1, bytesToRead: 1_000, fullReadReason: nil).percent == 0)
    }
}
