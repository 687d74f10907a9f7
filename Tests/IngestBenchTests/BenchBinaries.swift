import Foundation
import Glibc

/// Finds the built `ingestd-bench` and `ingestd` the way the integration tests find ingestd
/// (next to the test bundle, else `.build/debug` of this package) and runs the bench with a
/// generous hang-detection timeout.
enum BenchBinaries {
    /// How a run ended and what it printed (standard output, then standard error).
    struct Run {
        var status: Int32
        var output: String
    }

    static func path(of name: String) throws -> String {
        var candidates: [String] = []
        if let runner = CommandLine.arguments.first, runner.contains("/") {
            candidates.append(
                URL(fileURLWithPath: runner).deletingLastPathComponent().appendingPathComponent(name).path)
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(name).path)
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/" + name).path)
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw BenchTestError(
                "no \(name) executable found (looked at \(candidates.joined(separator: ", "))); run `swift build --build-tests`"
            )
        }
        return found
    }

    /// Runs `ingestd-bench` with `arguments`; kills it after `timeout` (a hang, not a slow machine).
    static func run(arguments: [String], in directory: String, timeout: Duration = .seconds(600)) throws -> Run {
        let outputPath = directory + "/bench.out"
        guard FileManager.default.createFile(atPath: outputPath, contents: nil),
            let output = FileHandle(forWritingAtPath: outputPath)
        else { throw BenchTestError("cannot create \(outputPath)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try path(of: "ingestd-bench"))
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.filter { key, _ in
            !key.hasPrefix("INGESTD_") && key != "NOTIFY_SOCKET"
        }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let deadline = ContinuousClock.now + timeout
        while process.isRunning && ContinuousClock.now < deadline {
            usleep(20_000)
        }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw BenchTestError(
                "ingestd-bench --smoke still ran after \(timeout); its output:\n\(contents(of: outputPath))")
        }
        try? output.close()
        return Run(status: process.terminationStatus, output: contents(of: outputPath))
    }

    private static func contents(of path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }
}

/// A test precondition that failed, said plainly.
struct BenchTestError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
