import SystemdTestSupport

/// The shared ``Journald`` and ``Journal`` readback, in the shape these tests read entries: by identifier, as
/// field → values (fields may repeat).
enum JournaldFixture {
    /// Makes sure a journald is listening; throws (failing the test) if none could be started.
    static func ensureRunning() throws {
        try Journald.ensureRunning()
    }

    /// Each stored entry with `SYSLOG_IDENTIFIER=identifier`, polling until at least `count` entries are there or
    /// `timeout` passes.
    static func entries(identifier: String, atLeast count: Int, timeout: Duration = .seconds(8)) throws
        -> [[String: [String]]]
    {
        try Journal.waitForEntries(["SYSLOG_IDENTIFIER=\(identifier)"], timeout: timeout) { $0.count >= count }
            .map(\.fields)
    }
}
