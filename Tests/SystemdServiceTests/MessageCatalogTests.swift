import Foundation
import IngestDaemon
import SystemdTestSupport
import Testing

/// The journal message catalog `systemd/ingestd.catalog`: journalctl accepts it, and every
/// MESSAGE_ID the daemon logs has an entry, so `journalctl -x` explains each event.
@Suite struct MessageCatalogTests {
    @Test func journalctlCompilesAnEntryForEveryMessageID() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ingestd-catalog-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: root) }
        let catalogs = root.appendingPathComponent("usr/lib/systemd/catalog")
        try FileManager.default.createDirectory(at: catalogs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: RepositoryFiles.packageRoot + "/systemd/ingestd.catalog",
            toPath: catalogs.appendingPathComponent("ingestd.catalog").path)

        let update = try Command.run("/usr/bin/journalctl", ["--root=\(root.path)", "--update-catalog"])
        #expect(update.status == 0, "journalctl --update-catalog failed:\n\(update.diagnostic)")
        #expect(update.stderr.isEmpty, "journalctl complained about the catalog:\n\(update.stderr)")

        let list = try Command.run("/usr/bin/journalctl", ["--root=\(root.path)", "--list-catalog", "--no-pager"])
        let listed = Set(
            list.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) })
        #expect(listed == Set(MessageID.all), "catalog ids differ from the daemon's MessageID constants")
        #expect(MessageID.all.count == Set(MessageID.all).count, "two events share a MESSAGE_ID")
    }
}
