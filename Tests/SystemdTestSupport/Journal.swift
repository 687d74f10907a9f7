import Foundation

/// Reads entries back from the journal with journalctl, so tests can check what really reached journald.
///
/// The journal here also holds the machine's kernel lines and everything other tests log, so callers always narrow
/// by a field unique to the test (`SYSLOG_IDENTIFIER`, the tested process's `_PID`) and, where they can, by time.
/// (`_SYSTEMD_USER_UNIT` is not filled in on these machines.) journald stores entries a moment after they are
/// sent, hence ``waitForEntries(_:since:timeout:until:)``.
public enum Journal {
    /// The entries matching every `FIELD=value` of `matches`, logged since `since` (a second of slack before it)
    /// when given.
    public static func entries(_ matches: [String], since: Date? = nil) throws -> [JournalEntry] {
        // --all: without it journalctl prints fields over 4 KiB as null.
        var arguments = ["-o", "json", "--all", "--no-pager", "-q"]
        if let since { arguments.append("--since=@\(Int(since.timeIntervalSince1970) - 1)") }
        let result = try Command.run("/usr/bin/journalctl", arguments + matches)
        guard result.status == 0 else {
            throw SystemdTestError("journalctl \(matches) exited \(result.status): \(result.diagnostic)")
        }
        return try result.stdout.split(separator: "\n").map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw SystemdTestError("journalctl printed a line that is no JSON object: \(line)")
            }
            return JournalEntry(fields: object.mapValues(values))
        }
    }

    /// Polls ``entries(_:since:)`` until `isEnough` accepts them or `timeout` passes, and returns the last answer.
    public static func waitForEntries(
        _ matches: [String], since: Date? = nil, timeout: Duration = .seconds(10),
        until isEnough: ([JournalEntry]) -> Bool
    ) throws -> [JournalEntry] {
        let deadline = ContinuousClock.now + timeout
        while true {
            let found = try entries(matches, since: since)
            if isEnough(found) || ContinuousClock.now >= deadline { return found }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    /// journalctl's JSON gives a field as a string, as an array of byte numbers (binary or control characters), or,
    /// when the field occurs more than once, as an array of those.
    private static func values(_ json: Any) -> [String] {
        if let text = json as? String { return [text] }
        if let bytes = json as? [Int] {
            return [String(decoding: bytes.map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)]
        }
        if let many = json as? [Any] { return many.flatMap(values) }
        return []
    }
}
