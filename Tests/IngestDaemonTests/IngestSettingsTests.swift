import Foundation
import IngestDaemon
import Testing

@Suite("Resolving settings from flags, environment and config file")
struct IngestSettingsTests {
    private func configFile(_ contents: String) throws -> String {
        let path = NSTemporaryDirectory() + "ingestd-settings-" + UUID().uuidString + ".conf"
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func defaultsAreRelativeToTheWorkingDirectory() throws {
        let settings = try IngestSettings.resolve(
            .init(flags: [:], environment: [:], configFile: nil), workingDirectory: "/srv/app")
        #expect(settings.inbox == "/srv/app/inbox")
        #expect(settings.store == "/srv/app/data/articles.jsonl")
        #expect(settings.processed == "/srv/app/data/processed")
        #expect(settings.rejected == "/srv/app/data/rejected")
        #expect(settings.maxFileSize == 16 << 20)
    }

    @Test func flagsWinOverEnvironmentWhichWinsOverTheFile() throws {
        let file = try configFile(
            """
            # comment
            inbox = /from/file
            max-file-size = 1MiB   # trailing comment
            min-body-length = 10
            settle-time = "250ms"
            """)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let settings = try IngestSettings.resolve(
            .init(
                flags: [.inbox: "/from/flag"],
                environment: ["INGESTD_INBOX": "/from/env", "INGESTD_MAX_FILE_SIZE": "2MiB"],
                configFile: file),
            workingDirectory: "/")
        #expect(settings.inbox == "/from/flag")
        #expect(settings.maxFileSize == 2 << 20)
        #expect(settings.minBodyLength == 10)
        #expect(settings.settleTime == .milliseconds(250))
    }

    @Test func badValuesNameTheSettingAndWhereItCameFrom() throws {
        let file = try configFile("rescan-interval = soon\n")
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(
            throws: SettingsError.invalidValue(
                key: "rescan-interval", value: "soon", origin: "\(file):1", expected: "a duration such as 300s or 5m")
        ) {
            try IngestSettings.resolve(.init(flags: [:], environment: [:], configFile: file))
        }
        #expect(throws: SettingsError.self) {
            try IngestSettings.resolve(.init(flags: [.maxFileSize: "huge"], environment: [:], configFile: nil))
        }
    }

    @Test func theNearDuplicateThresholdIsAShareOrOff() throws {
        func threshold(_ value: String) throws -> Double? {
            try IngestSettings.resolve(
                .init(flags: [.nearDuplicateThreshold: value], environment: [:], configFile: nil)
            ).nearDuplicateThreshold
        }
        #expect(IngestSettings.defaults.nearDuplicateThreshold == 0.8)
        #expect(try threshold("0.9") == 0.9)
        #expect(try threshold("75%") == 0.75)
        #expect(try threshold("off") == nil)
        for bad in ["0", "1.5", "high"] {
            #expect(throws: SettingsError.self) { try threshold(bad) }
        }
        #expect(IngestSettings.Key.nearDuplicateThreshold.isReloadable)
    }

    @Test func unknownKeysAndMissingFilesAreErrors() throws {
        let file = try configFile("inbox = /a\nmax-filesize = 3\n")
        defer { try? FileManager.default.removeItem(atPath: file) }
        do {
            _ = try IngestSettings.resolve(.init(flags: [:], environment: [:], configFile: file))
            Issue.record("a misspelt key was accepted")
        } catch {
            #expect(error.description.contains(":2:"))
            #expect(error.description.contains("max-filesize"))
        }
        #expect(throws: SettingsError.self) {
            try IngestSettings.resolve(.init(flags: [:], environment: [:], configFile: "/nonexistent/ingestd.conf"))
        }
    }

    @Test func outputsInsideTheInboxAreRefused() {
        #expect(throws: SettingsError.self) {
            try IngestSettings.resolve(
                .init(flags: [.inbox: "/srv/inbox", .processed: "/srv/inbox/done"], environment: [:], configFile: nil))
        }
        #expect(throws: SettingsError.self) {
            try IngestSettings.resolve(
                .init(flags: [.inbox: "/srv/inbox", .store: "/srv/inbox/a.jsonl"], environment: [:], configFile: nil))
        }
    }

    @Test(arguments: [("16MiB", Int64(16 << 20)), ("512k", 512 << 10), ("1000000", 1_000_000), ("2GB", 2_000_000_000)])
    func byteSizes(text: String, bytes: Int64) {
        #expect(SettingValue.byteSize(text) == bytes)
    }

    @Test(arguments: [
        ("300", Duration.seconds(300)), ("5m", .seconds(300)), ("1.5s", .milliseconds(1500)),
        ("250ms", .milliseconds(250)),
    ])
    func durations(text: String, duration: Duration) {
        #expect(SettingValue.duration(text) == duration)
    }

    @Test func reloadSaysWhichChangesNeedARestart() throws {
        let before = try IngestSettings.resolve(
            .init(flags: [:], environment: [:], configFile: nil), workingDirectory: "/a")
        var after = before
        after.inbox = "/elsewhere"
        after.maxFileSize = 1
        #expect(before.restartOnlyChanges(to: after) == [.inbox])
    }
}
