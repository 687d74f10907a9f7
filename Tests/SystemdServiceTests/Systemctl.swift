import SystemdTestSupport

/// `systemctl --user …` against the user manager ``SystemdFixture`` provides.
enum Systemctl {
    /// Runs `systemctl --user` with `arguments`; the status is the caller's to check.
    @discardableResult
    static func user(_ arguments: [String], timeout: Duration = .seconds(40)) throws -> CommandResult {
        try Command.run(
            "/usr/bin/systemctl", ["--user"] + arguments, environment: SystemdFixture.environment, timeout: timeout)
    }

    /// The unit's `properties`, as `systemctl --user show -p …` prints them (`Name=value` lines).
    static func show(_ unit: String, _ properties: [String]) throws -> [String: String] {
        let result = try user(["show", unit] + properties.flatMap { ["-p", $0] }, timeout: .seconds(10))
        guard result.status == 0 else {
            throw SystemdTestError("systemctl --user show \(unit) exited \(result.status): \(result.diagnostic)")
        }
        var values: [String: String] = [:]
        for line in result.stdout.split(separator: "\n") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            values[String(line[..<equals])] = String(line[line.index(after: equals)...])
        }
        return values
    }
}
