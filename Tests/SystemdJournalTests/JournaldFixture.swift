import Foundation
import Glibc
import Synchronization

/// A real systemd-journald for the tests, and a way to read back what it stored.
///
/// CI machines boot without systemd, so nothing listens on /run/systemd/journal/socket until a test starts
/// journald by hand (as root). The first test that needs it starts one unless one already listens on that
/// socket; a lock file keeps two test processes from both starting one. A journald started here is left
/// running (the machine is thrown away after CI); one that was already running is reused, never replaced. A
/// socket file left by a journald that died does not count as running: a new journald replaces it.
enum JournaldFixture {
    static let socketPath = "/run/systemd/journal/socket"
    static let journaldPath = "/lib/systemd/systemd-journald"

    /// Evaluated once per test process (static lets are initialized once, thread-safely).
    private static let started: Result<Void, FixtureError> = startIfNeeded()

    /// Makes sure a journald is listening; throws (failing the test) if none could be started.
    static func ensureRunning() throws {
        try started.get()
    }

    /// Each stored entry with `SYSLOG_IDENTIFIER=identifier`, as field → values (fields may repeat), polling
    /// until at least `count` entries are there or `timeout` passes.
    static func entries(identifier: String, atLeast count: Int, timeout: Duration = .seconds(8)) throws
        -> [[String: [String]]]
    {
        let deadline = ContinuousClock.now + timeout
        while true {
            let found = try query(["SYSLOG_IDENTIFIER=\(identifier)"])
            if found.count >= count || ContinuousClock.now >= deadline { return found }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    private static func query(_ matches: [String]) throws -> [[String: [String]]] {
        // --all: without it journalctl prints fields over 4 KiB as null in JSON output.
        let output = try run("/usr/bin/journalctl", ["-o", "json", "--all", "--no-pager", "-q"] + matches)
        return try output.split(separator: UInt8(ascii: "\n")).map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw FixtureError.unreadable(String(decoding: line, as: UTF8.self))
            }
            return object.mapValues(values)
        }
    }

    /// journalctl's JSON gives a field as a string, as an array of byte numbers (binary or control characters),
    /// or, when the field occurs more than once, as an array of those.
    private static func values(_ json: Any) -> [String] {
        if let text = json as? String { return [text] }
        if let bytes = json as? [Int] {
            return [String(decoding: bytes.map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)]
        }
        if let many = json as? [Any] { return many.flatMap(values) }
        return []
    }

    private static func startIfNeeded() -> Result<Void, FixtureError> {
        let lock = open("/run/ingestd-test-journald.lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        if lock >= 0 { flock(lock, LOCK_EX) }
        defer { if lock >= 0 { close(lock) } }  // closing releases the lock

        if TestSocket.isListening(at: socketPath) { return .success(()) }
        guard getuid() == 0 else { return .failure(.notRoot) }
        do {
            // start-stop-daemon --background detaches journald (setsid, stdio on /dev/null) and closes the other
            // descriptors it inherited. That matters: started through `sh -c '… &'`, journald kept a socket
            // inherited from this process and Foundation's Process.waitUntilExit() never returned. With --exec
            // it also refuses to start a second journald.
            try run(
                "/sbin/start-stop-daemon",
                ["--start", "--quiet", "--oknodo", "--background", "--exec", journaldPath])
        } catch {
            return .failure(.startFailed("\(error)"))
        }
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            if TestSocket.isListening(at: socketPath) { return .success(()) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return .failure(.startFailed("no \(socketPath) after 10 s"))
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw FixtureError.commandFailed(executable, process.terminationStatus)
        }
        return data
    }
}

enum FixtureError: Error {
    case notRoot
    case startFailed(String)
    case commandFailed(String, Int32)
    case unreadable(String)
}

/// Collects the lines a sink or handler writes instead of stderr, for tests to inspect.
final class LineCollector: Sendable {
    private let storage = Mutex<[String]>([])

    var lines: [String] { storage.withLock { $0 } }

    var output: @Sendable (String) -> Void {
        { line in self.storage.withLock { $0.append(line) } }
    }
}
