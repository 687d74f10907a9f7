import Foundation
import SystemdTestSupport

/// A scratch root directory for `systemd-analyze verify --root=`, so that the shipped unit is verified as installed.
///
/// Verified in place, the unit fails only because `/usr/local/bin/ingestd` (its ExecStart=) is not installed on a
/// build machine. This root holds the unit, unchanged, as `/etc/systemd/system/NAME`, the built `ingestd` as
/// `/usr/local/bin/ingestd`, and from the host what verify resolves inside the root as well: `/usr/bin/kill` (the
/// unit's ExecReload=, with `/bin` and `/lib` linked to `/usr/bin` and `/usr/lib` as on the host) and the host's
/// units in `/usr/lib/systemd/system` (sysinit.target and the other units every service depends on by default).
struct VerifyRoot {
    let path: String

    /// Builds the root; `units` maps each unit name to its text.
    init(units: [String: String]) throws {
        path = FileManager.default.temporaryDirectory.path + "/ingestd-verify-\(UUID().uuidString)"
        do {
            try build(units: units)
        } catch {
            remove()
            throw error
        }
    }

    private func build(units: [String: String]) throws {
        let files = FileManager.default
        for folder in ["/etc/systemd/system", "/usr/local/bin", "/usr/bin", "/usr/lib/systemd"] {
            try files.createDirectory(atPath: path + folder, withIntermediateDirectories: true)
        }
        try files.createSymbolicLink(atPath: path + "/bin", withDestinationPath: "usr/bin")
        try files.createSymbolicLink(atPath: path + "/lib", withDestinationPath: "usr/lib")
        for (name, text) in units {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/etc/systemd/system/" + name))
        }
        let binary = try RepositoryFiles.ingestdBinary()
        // A hard link where the build and the scratch root share a file system; else a copy.
        do {
            try files.linkItem(atPath: binary, toPath: path + "/usr/local/bin/ingestd")
        } catch {
            try files.copyItem(atPath: binary, toPath: path + "/usr/local/bin/ingestd")
        }
        try files.copyItem(atPath: "/usr/bin/kill", toPath: path + "/usr/bin/kill")
        let copy = try Command.run("/bin/cp", ["-a", "/usr/lib/systemd/system", path + "/usr/lib/systemd/"])
        guard copy.status == 0 else {
            throw SystemdTestError("copying the host's units into \(path) failed: \(copy.diagnostic)")
        }
    }

    /// `systemd-analyze verify --root=<root> /etc/systemd/system/<unit>`.
    func verify(_ unit: String) throws -> CommandResult {
        try Command.run("/usr/bin/systemd-analyze", ["verify", "--root=\(path)", "/etc/systemd/system/" + unit])
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
