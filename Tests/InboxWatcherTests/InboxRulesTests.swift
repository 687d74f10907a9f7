import Foundation
import InboxWatcher
import Testing

@Suite("Inbox names, file systems and kernel limits")
struct InboxRulesTests {
    @Test(arguments: [".hidden", "page.tmp", "video.part", "file.crdownload", ".notes.swp", "draft~"])
    func partialAndHiddenNamesWait(name: String) {
        #expect(InboxNames.isIgnored(name))
    }

    @Test(arguments: ["article.txt", "-leading-dash.txt", "quote\"d.md", "new\nline.txt", "tmp.txt"])
    func ordinaryNamesAreTaken(name: String) {
        #expect(!InboxNames.isIgnored(name))
    }

    @Test func savedPagesAssetsFoldersAreNeverScanned() throws {
        let root = NSTemporaryDirectory() + "ingestd-assets-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        for file in ["Page.html", "Page_files/script.js", "Page_files/img/a.png", "sub/Note.txt"] {
            let path = root + "/" + file
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data("x".utf8).write(to: URL(fileURLWithPath: path))
        }
        let found = InboxScanner.scan(root: root).entries.map(\.path).sorted()
        #expect(found == ["Page.html", "sub/Note.txt"])
        #expect(InboxNames.assetsFolder(ofPage: "Page.HTM") == "Page_files")
        #expect(InboxNames.assetsFolder(ofPage: "notes.txt") == nil)
        #expect(!InboxNames.isPageAssetsFolder("_files"))
    }

    @Test func networkAndFUSEFileSystemsAreRecognised() {
        #expect(FileSystemKind(magic: 0x6969) == .remote("NFS"))
        #expect(FileSystemKind(magic: 0xFF53_4D42) == .remote("CIFS"))
        #expect(FileSystemKind(magic: 0x6573_5546) == .remote("FUSE"))
        #expect(FileSystemKind(magic: 0xEF53).seesAllWrites, "ext4")
        #expect(FileSystemKind(magic: 0x0102_1994).seesAllWrites, "tmpfs")
    }

    @Test func warnsWhenLimitsAreTooLowForTheInbox() {
        let tight = InotifyLimits(maxUserWatches: 100, maxQueuedEvents: 256, maxUserInstances: 128)
        let warnings = tight.warnings(directories: 80)
        #expect(warnings.count == 2)
        #expect(warnings.contains { $0.contains("max_user_watches") && $0.contains("80 folders") })
        #expect(warnings.contains { $0.contains("max_queued_events") })
        let roomy = InotifyLimits(maxUserWatches: 65536, maxQueuedEvents: 16384, maxUserInstances: 128)
        #expect(roomy.warnings(directories: 80).isEmpty)
    }

    @Test func readsTheRunningKernelsLimits() throws {
        let limits = try #require(InotifyLimits.current())
        #expect(limits.maxUserWatches > 1)
        #expect(limits.maxQueuedEvents > 1)
        let fake = InotifyLimits.current { path in path.hasSuffix("max_user_watches") ? "42\n" : "7\n" }
        #expect(fake == InotifyLimits(maxUserWatches: 42, maxQueuedEvents: 7, maxUserInstances: 7))
    }
}
