import Foundation
import Glibc
import SystemdTestSupport

/// The shipped unit file installed, unchanged, as a user unit with a unique name (`ingestd-test-<random>.service`),
/// plus ``TestEnvironmentDropIn``, and the folder it works in (`/var/lib/ingestd-test-<random>`).
///
/// Made by each test and removed by it (`defer { service.remove() }`): stopped, its failed state reset, its unit
/// files deleted, the manager reloaded, its folder deleted.
struct TestService {
    let id: String
    /// The unit's name, `ingestd-test-<id>.service`.
    let name: String
    let directory: String
    let inbox: String
    /// Where ``drop(_:as:)`` writes a file before renaming it into the inbox: the same file system, so the rename
    /// is atomic and the daemon sees the whole file arrive at once.
    let staging: String
    let configFile: String
    /// When the service was made: journal queries start here.
    let createdAt: Date
    private let unitFile: String
    private let dropInDirectory: String

    /// Installs the unit and its drop-in and has the user manager load them.
    init() throws {
        try SystemdFixture.ensureRunning()
        createdAt = Date()
        id = String(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12))
        name = "ingestd-test-\(id).service"
        directory = "/var/lib/ingestd-test-\(id)"
        inbox = directory + "/inbox"
        staging = directory + "/staging"
        configFile = directory + "/ingestd.conf"
        let unitDirectory = FileManager.default.homeDirectoryForCurrentUser.path + "/.config/systemd/user"
        unitFile = unitDirectory + "/" + name
        dropInDirectory = unitFile + ".d"
        do {
            try install()
        } catch {
            remove()
            throw error
        }
    }

    private func install() throws {
        let files = FileManager.default
        for folder in [inbox, staging, dropInDirectory, directory + "/bin"] {
            try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        try writeConfig("log-level = info\n")
        try files.copyItem(atPath: RepositoryFiles.shippedUnit, toPath: unitFile)
        // The checkout may lie under /tmp, which the unit's PrivateTmp= hides: run a copy from the test's folder.
        let binary = directory + "/bin/ingestd"
        try files.copyItem(atPath: try RepositoryFiles.ingestdBinary(), toPath: binary)
        let dropIn = TestEnvironmentDropIn(binary: binary, directory: directory)
        try Data(dropIn.text.utf8).write(to: URL(fileURLWithPath: dropInDirectory + "/test-environment.conf"))

        let reload = try Systemctl.user(["daemon-reload"])
        guard reload.status == 0 else {
            throw SystemdTestError("systemctl --user daemon-reload exited \(reload.status): \(reload.diagnostic)")
        }
        let loaded = try Systemctl.show(name, ["LoadState", "DropInPaths"])
        guard loaded["LoadState"] == "loaded", loaded["DropInPaths"]?.contains("test-environment.conf") == true else {
            throw SystemdTestError("the user manager did not load \(name) with its drop-in: \(loaded)")
        }
    }

    /// Replaces the config file the unit's `--config` names.
    func writeConfig(_ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: configFile))
    }

    /// Adds a drop-in of the test's own beside the environment one (`[Service]` lines) and reloads.
    func addDropIn(named fileName: String, _ lines: String) throws {
        try Data("[Service]\n\(lines)\n".utf8).write(to: URL(fileURLWithPath: dropInDirectory + "/" + fileName))
        let reload = try Systemctl.user(["daemon-reload"])
        guard reload.status == 0 else {
            throw SystemdTestError("systemctl --user daemon-reload exited \(reload.status): \(reload.diagnostic)")
        }
    }

    /// `systemctl --user start`, which for `Type=notify` returns once the daemon sent READY=1.
    func start() throws -> CommandResult {
        try Systemctl.user(["start", name])
    }

    /// Starts the unit, throwing with the manager's and the journal's account if that fails.
    func startRunning() throws {
        let result = try start()
        guard result.status == 0 else {
            throw SystemdTestError(
                "systemctl --user start \(name) exited \(result.status): \(result.diagnostic)\n" + diagnostics())
        }
    }

    /// The unit's properties (`systemctl --user show -p …`).
    func show(_ properties: [String]) throws -> [String: String] {
        try Systemctl.show(name, properties)
    }

    /// The PID of the running daemon.
    func mainPID() throws -> Int32 {
        let value = try show(["MainPID"])["MainPID"] ?? ""
        guard let pid = Int32(value), pid > 0 else { throw SystemdTestError("\(name) has no main process") }
        return pid
    }

    /// Polls the unit's properties until `isDone` accepts them or `timeout` passes; returns the last ones.
    func waitForState(
        _ properties: [String], timeout: Duration = .seconds(10), until isDone: ([String: String]) -> Bool
    ) throws -> [String: String] {
        let deadline = ContinuousClock.now + timeout
        while true {
            let state = try show(properties)
            if isDone(state) || ContinuousClock.now >= deadline { return state }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    /// Puts a file into the inbox the way a careful writer does: written in full beside it, then renamed in.
    func drop(_ bytes: Data, as fileName: String) throws {
        let staged = staging + "/" + fileName
        try bytes.write(to: URL(fileURLWithPath: staged))
        guard rename(staged, inbox + "/" + fileName) == 0 else {
            throw SystemdTestError("cannot rename \(staged) into \(inbox): errno \(errno)")
        }
    }

    /// For failure messages: `systemctl --user status` and the journal's lines about this unit since it was made.
    func diagnostics() -> String {
        let status = (try? Systemctl.user(["status", "--no-pager", "--lines=0", name]))?.stdout ?? ""
        let seconds = Int(createdAt.timeIntervalSince1970) - 1
        let journal =
            (try? Command.run(
                "/usr/bin/journalctl", ["-o", "short-precise", "--no-pager", "-q", "--since=@\(seconds)"]))?.stdout
            ?? ""
        let lines = journal.split(separator: "\n").filter { $0.contains(id) }
        return status + "\njournal:\n" + lines.suffix(30).joined(separator: "\n")
    }

    /// Stops the unit and removes every trace of it; best effort, for `defer`.
    func remove() {
        _ = try? Systemctl.user(["stop", name])
        _ = try? Systemctl.user(["reset-failed", name])
        try? FileManager.default.removeItem(atPath: dropInDirectory)
        try? FileManager.default.removeItem(atPath: unitFile)
        _ = try? Systemctl.user(["daemon-reload"])
        try? FileManager.default.removeItem(atPath: directory)
    }
}
