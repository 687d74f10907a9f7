import Foundation

/// The `ingestd` executable under test, and the environment every test runs it in.
///
/// Found, in this order: `INGESTD_BIN`; an `ingestd` next to the test bundle (SwiftPM puts
/// both in `.build/<triple>/debug`); `.build/debug/ingestd` in the package this file is in.
enum IngestdBinary {
    /// The path of the executable, or a failure saying where it was looked for.
    static func path() throws -> String {
        let candidates = candidatePaths()
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw IntegrationTestError(
                "no ingestd executable found (looked at \(candidates.joined(separator: ", "))); "
                    + "run `swift build --build-tests` or set INGESTD_BIN")
        }
        return found
    }

    /// The environment of the tested process: this one's, without what would redirect ingestd
    /// (its `INGESTD_*` settings, a systemd notify socket, a journal stream).
    static var environment: [String: String] {
        ProcessInfo.processInfo.environment.filter { key, _ in
            !key.hasPrefix("INGESTD_")
                && !["NOTIFY_SOCKET", "JOURNAL_STREAM", "WATCHDOG_USEC", "WATCHDOG_PID"]
                    .contains(key)
        }
    }

    private static func candidatePaths() -> [String] {
        var paths: [String] = []
        if let override = ProcessInfo.processInfo.environment["INGESTD_BIN"], !override.isEmpty {
            return [override]
        }
        if let runner = CommandLine.arguments.first, runner.contains("/") {
            paths.append(
                URL(fileURLWithPath: runner).deletingLastPathComponent().appendingPathComponent("ingestd").path)
        }
        paths.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("ingestd").path)
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        paths.append(packageRoot.appendingPathComponent(".build/debug/ingestd").path)
        return paths
    }
}

extension IngestdBinary {
    /// The executable, as `nobody` can run it: the built one if `nobody` may execute it there,
    /// else a copy in the test's folder.
    static func pathForNobody(in inbox: TestInbox) async throws -> String {
        let built = try path()
        let probe = try ChildProcess(
            executable: "/usr/bin/setpriv",
            arguments: ["--reuid=nobody", "--regid=nogroup", "--clear-groups", "/usr/bin/test", "-x", built],
            directory: inbox.root, outputPrefix: inbox.nextOutputPrefix("probe"))
        if await probe.waitForExit(timeout: .seconds(10)) == .status(0) { return built }
        let copy = inbox.root + "/ingestd"
        try FileManager.default.copyItem(atPath: built, toPath: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy)
        return copy
    }
}
