import Foundation
import SystemdTestSupport

/// The files of this repository the tests use: the shipped unit file and the built `ingestd`.
enum RepositoryFiles {
    /// The package root: this file is `Tests/SystemdServiceTests/RepositoryFiles.swift` in it.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// `systemd/ingestd.service`, the unit `make install` installs.
    static var shippedUnit: String { packageRoot + "/systemd/ingestd.service" }

    /// The built `ingestd`, symbolic links resolved. Found, in this order: `INGESTD_BIN`; an `ingestd` next to the
    /// test runner or the test bundle (SwiftPM puts both in `.build/<triple>/debug`); `.build/debug/ingestd`.
    static func ingestdBinary() throws -> String {
        var candidates: [String] = []
        if let override = ProcessInfo.processInfo.environment["INGESTD_BIN"], !override.isEmpty {
            candidates = [override]
        } else {
            if let runner = CommandLine.arguments.first, runner.contains("/") {
                candidates.append(URL(fileURLWithPath: runner).deletingLastPathComponent().path + "/ingestd")
            }
            candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().path + "/ingestd")
            candidates.append(packageRoot + "/.build/debug/ingestd")
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw SystemdTestError(
                "no ingestd executable (looked at \(candidates.joined(separator: ", "))); "
                    + "run `swift build --build-tests` or set INGESTD_BIN")
        }
        return URL(fileURLWithPath: found).resolvingSymlinksInPath().path
    }
}
