import Foundation
import IngestCore
import IngestStore
import Testing

/// A commit that fails (here: a full file system) must leave the store exactly as it was,
/// forget what was staged, and work again once there is room.
@Suite("The store on a full disk", .enabled(if: getuid() == 0, "needs root to mount a small tmpfs"))
struct StoreFullDiskTests {
    @Test func aFailedCommitRollsBackAndALaterOneSucceeds() throws {
        let folder = try TemporaryDirectory()
        let mountPoint = folder.path + "/tiny"
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        try run("/bin/mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint)
        defer { try? run("/bin/umount", mountPoint) }

        let store = try ArticleStore(path: mountPoint + "/articles.jsonl")
        let small = article("small", length: 1_000)
        #expect(store.stage(small))
        try store.commit()

        let huge = article("huge", length: 200_000)
        #expect(store.stage(huge))
        #expect(throws: StoreError.self) { try store.commit() }
        #expect(!store.contains(huge.hash), "a failed commit forgets what it staged")
        #expect(store.contains(small.hash))
        let afterFailure = try String(contentsOfFile: mountPoint + "/articles.jsonl", encoding: .utf8)
        #expect(afterFailure == String(decoding: small.jsonLine(), as: UTF8.self), "no partial line is left")

        try run("/bin/mount", "-o", "remount,size=1m", mountPoint)
        #expect(store.stage(huge))
        try store.commit()
        #expect(
            try String(contentsOfFile: mountPoint + "/articles.jsonl", encoding: .utf8).split(separator: "\n").count
                == 2)
    }

    private func article(_ title: String, length: Int) -> ArticleRecord {
        let body = String(repeating: "x", count: length)
        return ArticleRecord(
            hash: ContentHash(title: title, body: body), source: "\(title).txt", folder: nil,
            article: Article(title: title, author: nil, published: nil, body: body),
            ingestedAt: "2026-11-21T05:02:30.000Z")
    }

    private func run(_ tool: String, _ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "\(tool) \(arguments) failed"])
        }
    }
}
