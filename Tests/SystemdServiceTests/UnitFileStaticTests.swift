import Foundation
import SystemdTestSupport
import Testing

/// Static checks of the shipped `systemd/ingestd.service`, with systemd's own tools; no manager needed.
@Suite struct UnitFileStaticTests {
    private func shippedUnitText() throws -> String {
        try String(contentsOfFile: RepositoryFiles.shippedUnit, encoding: .utf8)
    }

    /// `systemd-analyze verify` finds nothing to say about the unit as installed: its ExecStart= binary present (see
    /// ``VerifyRoot``), every directive known, every value parsed. Verify exits 0 even after warnings such as
    /// "Unknown key" or "Failed to parse system call", so its stderr must be empty too.
    @Test func verifyIsClean() throws {
        let root = try VerifyRoot(units: ["ingestd.service": try shippedUnitText()])
        defer { root.remove() }
        let result = try root.verify("ingestd.service")
        #expect(result.status == 0, "systemd-analyze verify exited \(result.status)")
        #expect(result.stderr.isEmpty, "systemd-analyze verify complained:\n\(result.stderr)")
        #expect(result.stdout.isEmpty, "systemd-analyze verify printed:\n\(result.stdout)")
    }

    /// The check above can fail: the same root with a misspelt system call in a copy of the unit makes verify
    /// complain (so the unit verified above really was read, from where the root puts it).
    @Test func verifyComplainsAboutABrokenCopy() throws {
        let text = try shippedUnitText()
        let broken = text.replacingOccurrences(
            of: "SystemCallFilter=setpriority", with: "SystemCallFilter=setpriorityy")
        try #require(broken != text, "the unit no longer has the line this test misspells")
        let root = try VerifyRoot(units: ["ingestd-broken.service": broken])
        defer { root.remove() }
        let result = try root.verify("ingestd-broken.service")
        #expect(result.stderr.contains("setpriorityy"), "verify said nothing about the typo:\n\(result.stderr)")
    }

    /// `systemd-analyze security --offline=true --threshold=5` passes (the threshold counts tenths of the printed
    /// exposure level, so this allows at most 0.5; the unit shipped with 0.3), and the printed level is at most 0.5.
    @Test func exposureIsAtMostHalf() throws {
        let result = try Command.run(
            "/usr/bin/systemd-analyze",
            ["security", "--offline=true", "--threshold=5", "--no-pager", RepositoryFiles.shippedUnit])
        #expect(result.status == 0, "systemd-analyze security exited \(result.status):\n\(result.diagnostic)")
        let marker = "Overall exposure level for ingestd.service:"
        // "→ Overall exposure level for ingestd.service: 0.3 SAFE 😀"
        let figure = result.stdout.components(separatedBy: "\n").first { $0.contains(marker) }
            .flatMap { $0.components(separatedBy: marker).last?.split(separator: " ").first }
            .flatMap { Double($0) }
        let exposure = try #require(figure, "no exposure level in:\n\(result.stdout)")
        print("systemd-analyze security: overall exposure level of ingestd.service is \(exposure)")
        #expect(exposure <= 0.5)
    }
}
