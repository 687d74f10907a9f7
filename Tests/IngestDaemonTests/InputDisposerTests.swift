import Foundation
import IngestCore
import Testing

@testable import IngestDaemon

@Suite("Moving inputs out of the inbox")
struct InputDisposerTests {
    private let root = NSTemporaryDirectory() + "ingestd-dispose-" + UUID().uuidString
    private var disposer: InputDisposer {
        InputDisposer(inbox: root + "/inbox", processed: root + "/processed", rejected: root + "/rejected")
    }

    private func drop(_ relative: String, _ contents: String = "text") throws {
        let path = root + "/inbox/" + relative
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try contents.write(toFile: path, atomically: false, encoding: .utf8)
    }

    @Test func keepsSubfoldersAndNeverOverwrites() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try drop("iran/2026/a.txt", "first")
        #expect(try disposer.moveToProcessed("iran/2026/a.txt") == root + "/processed/iran/2026/a.txt")
        try drop("iran/2026/a.txt", "second")
        #expect(try disposer.moveToProcessed("iran/2026/a.txt") == root + "/processed/iran/2026/a.1.txt")
        try drop("iran/2026/a.txt", "third")
        #expect(try disposer.moveToProcessed("iran/2026/a.txt") == root + "/processed/iran/2026/a.2.txt")
        let first = try String(contentsOfFile: root + "/processed/iran/2026/a.txt", encoding: .utf8)
        #expect(first == "first")
        #expect(!FileManager.default.fileExists(atPath: root + "/inbox/iran/2026/a.txt"))
    }

    @Test func aSavedPagesAssetsFolderMovesWithThePage() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try drop("news/Page.html", "<html>one</html>")
        try drop("news/Page_files/style.css", "p {}")
        try drop("news/Other.txt")
        #expect(try disposer.moveToProcessed("news/Page.html") == root + "/processed/news/Page.html")
        #expect(FileManager.default.fileExists(atPath: root + "/processed/news/Page_files/style.css"))
        #expect(!FileManager.default.fileExists(atPath: root + "/inbox/news/Page_files"))
        // The same page saved again: its folder follows its new name.
        try drop("news/Page.html", "<html>two</html>")
        try drop("news/Page_files/logo.svg", "<svg/>")
        #expect(try disposer.moveToProcessed("news/Page.html") == root + "/processed/news/Page.1.html")
        #expect(FileManager.default.fileExists(atPath: root + "/processed/news/Page.1_files/logo.svg"))
        _ = try disposer.moveToProcessed("news/Other.txt")
        #expect(FileManager.default.fileExists(atPath: root + "/processed/news/Other.txt"))
    }

    @Test func rejectionsCarryTheirReason() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try drop("bad.bin")
        let date = Date(timeIntervalSince1970: 1_790_000_000)
        let destination = try disposer.reject(
            "bad.bin", because: Rejection(.binary, "the file is a PNG image"), at: date)
        #expect(destination == root + "/rejected/bad.bin")
        let data = try Data(contentsOf: URL(fileURLWithPath: destination + ".reason.json"))
        let reason = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
        #expect(reason["rule"] == "binary")
        #expect(reason["reason"] == "the file is a PNG image")
        #expect(reason["source"] == "bad.bin")
        #expect(reason["advice"]?.isEmpty == false)
        #expect(reason["rejected_at"]?.hasSuffix("Z") == true)

        try drop("bad.bin")
        let second = try disposer.reject("bad.bin", because: Rejection(.empty, "empty"), at: date)
        #expect(second == root + "/rejected/bad.1.bin")
        #expect(FileManager.default.fileExists(atPath: second + ".reason.json"))
    }

    @Test func namesWithoutExtensionOrWithLeadingDotsGetSuffixesToo() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        for _ in 0..<2 { try drop("-README"); _ = try disposer.moveToProcessed("-README") }
        #expect(FileManager.default.fileExists(atPath: root + "/processed/-README.1"))
    }
}

@Suite("Names in processed/ and rejected/")
struct DispositionNameTests {
    @Test func shortNamesAreKeptAndNumbered() {
        #expect(DispositionName.candidate(for: "drop.txt", attempt: 0) == "drop.txt")
        #expect(DispositionName.candidate(for: "drop.txt", attempt: 2) == "drop.2.txt")
        #expect(DispositionName.candidate(for: "README", attempt: 1) == "README.1")
    }

    @Test func longNamesAreShortenedToFitWithTheirCompanion() {
        let long = String(repeating: "n", count: 246) + ".txt"
        let shortened = DispositionName.candidate(for: long, attempt: 0, reservingBytes: ".reason.json".utf8.count)
        #expect(shortened.utf8.count + ".reason.json".utf8.count == 255)
        #expect(shortened.hasSuffix("n.txt"))
        let numbered = DispositionName.candidate(for: String(repeating: "é", count: 126) + ".md", attempt: 12)
        #expect(numbered.utf8.count <= 255)
        #expect(numbered.hasSuffix("é.12.md"), "cut at a character, never inside one")
    }
}
