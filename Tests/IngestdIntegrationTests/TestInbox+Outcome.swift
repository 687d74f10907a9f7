import Testing

extension TestInbox {
    /// Waits until every one of `names` (dropped into the inbox itself) has been processed and
    /// the inbox is empty, then checks the outcome the daemon promises: each input stored exactly
    /// once, under its own name, moved to processed/, nothing rejected.
    func expectEachStoredOnce(
        _ names: [String], timeout: Duration = .seconds(120), sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let count = names.count
        #expect(
            await waitUntil(timeout: timeout, every: .milliseconds(250)) {
                storedLineCount >= count && processedFiles.count == count && inboxFiles.isEmpty
            },
            "stored \(storedLineCount), processed \(processedFiles.count) of \(count); \(inboxFiles.count) left in the inbox",
            sourceLocation: sourceLocation)
        let records = try records()
        #expect(records.count == count, "\(records.count) lines for \(count) inputs", sourceLocation: sourceLocation)
        #expect(
            Set(records.map(\.sha256)).count == count, "an article was stored twice", sourceLocation: sourceLocation)
        #expect(Set(records.map(\.source)) == Set(names), sourceLocation: sourceLocation)
        #expect(processedFiles == names.sorted(), sourceLocation: sourceLocation)
        #expect(rejectedFiles.isEmpty, sourceLocation: sourceLocation)
    }
}
