import Logging
import Testing

@testable import SystemdJournal

@Suite struct MergedMetadataTests {
    private let handler: Logger.Metadata = ["zone": "eu", "shared": "handler"]
    private let provided: Logger.Metadata = ["task": "scan", "shared": "provider"]
    private let entry: Logger.Metadata = ["path": "/inbox/a.txt", "shared": "entry"]

    @Test func aSingleSourceIsTakenAsItIs() {
        #expect(MergedMetadata.of(handler, nil, nil) == handler)
        #expect(MergedMetadata.of([:], provided, nil) == provided)
        #expect(MergedMetadata.of([:], nil, entry) == entry)
        #expect(MergedMetadata.of([:], [:], entry) == entry)
        #expect(MergedMetadata.of([:], provided, [:]) == provided)
        #expect(MergedMetadata.of([:], nil, nil).isEmpty)
    }

    @Test func laterSourcesWinOnASharedKey() {
        #expect(
            MergedMetadata.of(handler, provided, entry)
                == ["zone": "eu", "task": "scan", "path": "/inbox/a.txt", "shared": "entry"])
        #expect(MergedMetadata.of(handler, provided, nil) == ["zone": "eu", "task": "scan", "shared": "provider"])
        #expect(MergedMetadata.of(handler, nil, entry) == ["zone": "eu", "path": "/inbox/a.txt", "shared": "entry"])
        #expect(MergedMetadata.of([:], provided, entry) == ["task": "scan", "path": "/inbox/a.txt", "shared": "entry"])
    }
}
