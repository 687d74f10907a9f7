import Foundation
import Glibc
import SystemdTestSupport
import Testing

/// End to end: the shipped `systemd/ingestd.service` run by a real service manager (`systemd --user`, started by
/// ``SystemdFixture`` if none runs) with the built `ingestd`, read back through a real journald.
///
/// Each test installs the unit file unchanged as `ingestd-test-<random>.service` with one drop-in,
/// `test-environment.conf` (``TestEnvironmentDropIn``), which changes only what a user manager on these machines
/// cannot do:
/// - `ExecStart=` reset to the built binary with the shipped arguments, but `--config` naming the test's config file
///   and `--settle-time 0.3s`;
/// - `User=`, `Group=` cleared (217/USER: a user manager cannot change users); `StateDirectory=`,
///   `ConfigurationDirectory=` cleared and `WorkingDirectory=` set to the test's folder (under a user manager they
///   would be ~/.config/ingestd, and /var/lib/ingestd is missing: 200/CHDIR);
/// - `ProtectHome=tmpfs` instead of `yes` (226/NAMESPACE, and where that is got round, /run/user hidden and with it
///   the user manager's notify socket, so READY=1 never arrives);
/// - `BindReadOnlyPaths=%t/systemd/notify /run/systemd/journal`: ProtectKernelTunables=, ProtectControlGroups=,
///   ProtectProc= and ProcSubset= put an empty tmpfs on /run where /run is no mount point, as here;
/// - `Environment=INGESTD_INBOX/STORE/PROCESSED/REJECTED=` in the test's folder, and `ReadWritePaths=` for it;
/// - `WatchdogSec=3s` and `RestartSec=1s` instead of 30 s and 2 s.
///
/// Everything else stays in force, so these tests also prove the Swift binary runs under the unit's system call
/// filter, MemoryDenyWriteExecute=, NoNewPrivileges=, PrivateNetwork=, PrivateUsers=, ProtectSystem=strict, ….
@Suite(.serialized, .timeLimit(.minutes(1)))
struct UserManagerServiceTests {
    private static let ingestedID = "7b22d3324a3649e0bcec736caf6968cf"
    private static let duplicateID = "a88f385958f348cda4498c5a1e3e6951"
    private static let rejectedID = "d111fbcdd29442618fbaab871c0d09e5"
    private static let stoppingID = "38862e62d32a4074ad5df50fc23706fb"

    /// `systemctl start` returns only once ingestd sent READY=1 (`Type=notify`), with the first STATUS= line.
    @Test func startReturnsAfterReadyWithTheStatusLine() throws {
        let service = try TestService()
        defer { service.remove() }
        let start = try service.start()
        try #require(
            start.status == 0, "systemctl start exited \(start.status): \(start.diagnostic)\n\(service.diagnostics())")

        // Read at once, no polling: the start job ends only on READY=1, which carries the status line.
        let state = try service.show(["Type", "ActiveState", "SubState", "StatusText", "LogRateLimitBurst"])
        #expect(state["Type"] == "notify")
        // The manager took the unit's raised journal rate limit (unset, it shows 0: journald's default, which drops
        // entries in a large drop). journald applies it through the unit's cgroup, which this machine's cgroup v1
        // setup does not give a user manager's units, so that part is not observable here.
        #expect(state["LogRateLimitBurst"] == "1000000", "\(state)")
        #expect(state["ActiveState"] == "active")
        #expect(state["SubState"] == "running")
        #expect(
            state["StatusText"]?.hasPrefix("watching \(service.inbox) — 0 stored, 0 duplicates") == true, "\(state)")
        let status = try Systemctl.user(["status", "--no-pager", "--lines=0", service.name])
        #expect(status.stdout.contains("Status: \"watching \(service.inbox) — 0 stored"), "\(status.stdout)")
    }

    /// A store that takes longer to read than `TimeoutStartSec=` (here without an index file, so read whole, about
    /// 100 MiB) does not fail the start: while reading, ingestd asks the manager to wait longer
    /// (`EXTEND_TIMEOUT_USEC=`) and says how far it has got.
    @Test func aLongStoreReadExtendsTheStartTimeout() throws {
        let service = try TestService()
        defer { service.remove() }
        try service.addDropIn(named: "start-timeout.conf", "TimeoutStartSec=2s")
        let articles = try Self.writeStore(at: service.directory + "/articles.jsonl", lines: 24_000)

        let began = ContinuousClock.now
        let start = try service.start()
        let took = ContinuousClock.now - began
        try #require(
            start.status == 0, "systemctl start exited \(start.status): \(start.diagnostic)\n\(service.diagnostics())")
        // Longer than TimeoutStartSec=: without the extensions the manager would have stopped it at 2 s.
        #expect(took > .seconds(2), "the store was read in \(took), too quickly to show the extension")
        let state = try service.show(["ActiveState", "StatusText"])
        #expect(state["ActiveState"] == "active")
        #expect(state["StatusText"]?.contains("— \(articles.formatted()) stored") == true, "\(state)")
        let pid = try service.mainPID()
        let reading = try Journal.waitForEntries(
            ["SYSLOG_IDENTIFIER=ingestd", "_PID=\(pid)", "PRIORITY=5"], since: service.createdAt
        ) { entries in
            entries.contains { $0["MESSAGE"]?.contains("to index it, because there is no index file") == true }
        }
        #expect(
            reading.contains { $0["MESSAGE"]?.hasPrefix("reading all of \(service.directory)/articles.jsonl") == true },
            "\(reading.map(\.fields))")
    }

    /// `systemctl stop` during that long read ends the read, not only the wait for it: the daemon exits cleanly
    /// without finishing it, so no index file is written and the store is as it was.
    @Test func aStopDuringALongStoreReadEndsTheRead() throws {
        let service = try TestService()
        defer { service.remove() }
        let path = service.directory + "/articles.jsonl"
        _ = try Self.writeStore(at: path, lines: 24_000)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let start = try Systemctl.user(["start", "--no-block", service.name])
        try #require(start.status == 0, "systemctl start --no-block exited \(start.status): \(start.diagnostic)")
        let reading = try service.waitForState(["StatusText"]) { $0["StatusText"]?.contains("to index it") == true }
        try #require(reading["StatusText"]?.contains("to index it") == true, "\(reading)\n\(service.diagnostics())")
        let stop = try Systemctl.user(["stop", service.name])
        #expect(stop.status == 0, "systemctl stop exited \(stop.status): \(stop.diagnostic)")

        let state = try service.show(["ActiveState", "Result", "ExecMainStatus"])
        #expect(state["ActiveState"] == "inactive")
        #expect(state["Result"] == "success", "not killed after TimeoutStopSec=: \(state)")
        #expect(state["ExecMainStatus"] == "0")
        #expect(!FileManager.default.fileExists(atPath: path + ".index"), "the read was not finished")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let stopped = try Journal.waitForEntries(["SYSLOG_IDENTIFIER=ingestd"], since: service.createdAt) { entries in
            entries.contains { $0["MESSAGE"]?.hasPrefix("stopped while reading the store \(path)") == true }
        }
        #expect(
            stopped.contains { $0["MESSAGE"]?.hasPrefix("stopped while reading the store \(path)") == true },
            "\(service.diagnostics())")
    }

    /// Writes a store of `lines` records of about 4 KiB, each with its own hash (spread like SHA-256's, as the
    /// store's index expects); returns how many.
    private static func writeStore(at path: String, lines: Int) throws -> Int {
        let paragraph = String(repeating: "A paragraph of a stored article, long enough to be read back. ", count: 60)
        func mixed(_ value: UInt64) -> String {
            var bits = value &+ 0x9E37_79B9_7F4A_7C15
            bits = (bits ^ (bits >> 30)) &* 0xBF58_476D_1CE4_E5B9
            bits = (bits ^ (bits >> 27)) &* 0x94D0_49BB_1331_11EB
            let hex = String(bits ^ (bits >> 31), radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }
        var text = Data()
        for number in 0..<lines {
            let sha256 = (0..<4).map { mixed(UInt64(number * 4 + $0)) }.joined()
            let line =
                "{\"id\":\"\(sha256.prefix(16))\",\"sha256\":\"\(sha256)\",\"source\":\"a\(number).txt\","
                + "\"title\":\"Article \(number)\",\"body\":\"Article \(number). \(paragraph)\"}\n"
            text.append(contentsOf: line.utf8)
        }
        try text.write(to: URL(fileURLWithPath: path))
        return lines
    }

    /// Every file dropped into the inbox becomes one journal entry with fields a program can filter on: five new
    /// articles, the same five again under new names as duplicates, one file refused as a warning; the status line
    /// counts them.
    @Test func droppedFilesAreJournalledWithTheirFields() throws {
        let seeds = try SeedFile.all()
        try #require(seeds.count == 5, "expected the five seed articles, found \(seeds.count)")
        let service = try TestService()
        defer { service.remove() }
        try service.startRunning()
        let pid = try service.mainPID()
        let fromDaemon = ["SYSLOG_IDENTIFIER=ingestd", "_PID=\(pid)"]

        for seed in seeds { try service.drop(seed.bytes, as: seed.name) }
        let ingested = try Journal.waitForEntries(fromDaemon + ["INGEST_RESULT=ingested"], since: service.createdAt) {
            $0.count >= seeds.count
        }
        #expect(ingested.count == seeds.count, "\(service.diagnostics())")
        var articleIDs: [String: String] = [:]
        for entry in ingested {
            let file = URL(fileURLWithPath: entry["INGEST_SOURCE"] ?? "").lastPathComponent
            let seed = try #require(
                seeds.first { $0.name == file }, "INGEST_SOURCE is no dropped file: \(entry.fields)")
            let id = entry["ARTICLE_ID"] ?? ""
            let sha256 = entry["INGEST_SHA256"] ?? ""
            #expect(entry["MESSAGE_ID"] == Self.ingestedID)
            #expect(id.count == 16 && id.allSatisfy(\.isHexDigit), "ARTICLE_ID \(id)")
            #expect(sha256.count == 64 && sha256.hasPrefix(id), "INGEST_SHA256 \(sha256) for ARTICLE_ID \(id)")
            #expect(entry["ARTICLE_TITLE"] == seed.title, "\(file)")
            articleIDs[file] = id
        }
        #expect(Set(articleIDs.values).count == seeds.count)

        for seed in seeds { try service.drop(seed.bytes, as: "again-" + seed.name) }
        let duplicates = try Journal.waitForEntries(
            fromDaemon + ["INGEST_RESULT=duplicate"], since: service.createdAt
        ) { $0.count >= seeds.count }
        #expect(duplicates.count == seeds.count, "\(service.diagnostics())")
        for entry in duplicates {
            let file = URL(fileURLWithPath: entry["INGEST_SOURCE"] ?? "").lastPathComponent
            #expect(file.hasPrefix("again-"))
            #expect(entry["MESSAGE_ID"] == Self.duplicateID)
            #expect(entry["DUPLICATE_OF"] != nil)
            #expect(entry["DUPLICATE_OF"] == articleIDs[String(file.dropFirst("again-".count))], "\(file)")
        }

        try service.drop(Data("Too short to be an article.\n".utf8), as: "note.txt")
        let rejected = try Journal.waitForEntries(fromDaemon + ["INGEST_RESULT=rejected"], since: service.createdAt) {
            !$0.isEmpty
        }
        let refusal = try #require(rejected.first, "no rejected entry\n\(service.diagnostics())")
        #expect(rejected.count == 1)
        #expect(refusal["MESSAGE_ID"] == Self.rejectedID)
        #expect(refusal["PRIORITY"] == "4")
        #expect(refusal["REJECT_REASON"]?.isEmpty == false, "\(refusal.fields)")
        #expect(refusal["INGEST_SOURCE"] == "note.txt", "INGEST_SOURCE is the path within the inbox")

        let counted = "5 stored, 5 duplicates, 1 rejected"
        let state = try service.waitForState(["StatusText"]) { $0["StatusText"]?.contains(counted) == true }
        #expect(state["StatusText"]?.hasPrefix("watching \(service.inbox) — \(counted)") == true, "\(state)")
    }

    /// `systemctl reload` (the unit's `ExecReload=/bin/kill -HUP $MAINPID`) re-reads the config file in the same
    /// process, which stays active.
    @Test func reloadRereadsTheSettingsAndKeepsRunning() throws {
        let service = try TestService()
        defer { service.remove() }
        try service.startRunning()
        let pid = try service.mainPID()
        try service.writeConfig("max-file-size = 8MiB\n")

        let reload = try Systemctl.user(["reload", service.name])
        #expect(reload.status == 0, "systemctl reload exited \(reload.status): \(reload.diagnostic)")
        let entries = try Journal.waitForEntries(
            ["SYSLOG_IDENTIFIER=ingestd", "_PID=\(pid)"], since: service.createdAt
        ) {
            $0.contains { $0["MESSAGE"]?.hasPrefix("reloaded settings") == true }
        }
        let reloaded = entries.first { $0["MESSAGE"]?.hasPrefix("reloaded settings") == true }
        #expect(reloaded?["MESSAGE"]?.contains("max-file-size \(8 << 20)") == true, "\(service.diagnostics())")
        let state = try service.waitForState(["ActiveState", "SubState", "MainPID"]) { $0["SubState"] == "running" }
        #expect(state["ActiveState"] == "active")
        #expect(state["SubState"] == "running")
        #expect(state["MainPID"] == "\(pid)")
    }

    /// A daemon that is merely idle keeps pinging: with `WatchdogSec=3s`, seven seconds later it is the
    /// same process, never restarted. Without the pings the manager would have killed it twice by then.
    @Test func anIdleDaemonKeepsTheWatchdogFed() throws {
        let service = try TestService()
        defer { service.remove() }
        try service.startRunning()
        let pid = try service.mainPID()
        Thread.sleep(forTimeInterval: 7)
        let state = try service.show(["MainPID", "SubState", "Result", "NRestarts"])
        #expect(state["MainPID"] == "\(pid)", "\(state)\n\(service.diagnostics())")
        #expect(state["SubState"] == "running")
        #expect(state["Result"] == "success")
        #expect(state["NRestarts"] == "0")
    }

    /// A daemon whose loop hangs (here: stopped with SIGSTOP) misses its watchdog pings: the manager kills it
    /// (`Result=watchdog`) and `Restart=on-failure` starts a new one, well within 15 s with `WatchdogSec=3s`.
    @Test func theWatchdogRestartsAHungDaemon() throws {
        let service = try TestService()
        defer { service.remove() }
        try service.startRunning()
        let hung = try service.mainPID()
        let stoppedAt = Date()
        #expect(kill(hung, SIGSTOP) == 0)

        var sawWatchdog = false
        let properties = ["MainPID", "ActiveState", "SubState", "Result", "NRestarts"]
        let state = try service.waitForState(properties, timeout: .seconds(15)) { state in
            if state["Result"] == "watchdog" { sawWatchdog = true }
            let pid = Int32(state["MainPID"] ?? "") ?? 0
            return pid != 0 && pid != hung && state["SubState"] == "running"
        }
        let elapsed = Date().timeIntervalSince(stoppedAt)
        #expect(sawWatchdog, "the manager never reported Result=watchdog\n\(service.diagnostics())")
        #expect(state["MainPID"] != "\(hung)", "not restarted within 15 s: \(state)\n\(service.diagnostics())")
        #expect(state["ActiveState"] == "active")
        #expect(state["SubState"] == "running")
        #expect((Int(state["NRestarts"] ?? "") ?? 0) >= 1)
        print(
            "watchdog: \(service.name) hung at PID \(hung), running again as \(state["MainPID"] ?? "?") after \(elapsed) s"
        )

        if try SystemdFixture.ensureRunning().startedManager {
            // This manager logs to the journal (a reused one may not): its own account of the kill.
            let lines = try Journal.waitForEntries(["USER_UNIT=\(service.name)"], since: service.createdAt) {
                $0.contains { $0["MESSAGE"]?.contains("Watchdog timeout") == true }
            }
            #expect(lines.contains { $0["MESSAGE"]?.contains("Watchdog timeout") == true }, "\(service.diagnostics())")
        }
    }

    /// `systemctl stop` sends SIGTERM; ingestd finishes, logs "stopping" and exits 0 long before TimeoutStopSec=.
    @Test func stopIsClean() throws {
        let service = try TestService()
        defer { service.remove() }
        try service.startRunning()
        let pid = try service.mainPID()

        let began = ContinuousClock.now
        let stop = try Systemctl.user(["stop", service.name])
        let took = ContinuousClock.now - began
        #expect(stop.status == 0, "systemctl stop exited \(stop.status): \(stop.diagnostic)")
        #expect(took < .seconds(10), "stopping took \(took): killed at the timeout, not ended by SIGTERM?")
        let state = try service.show(["ActiveState", "SubState", "Result", "ExecMainStatus"])
        #expect(state["ActiveState"] == "inactive")
        #expect(state["SubState"] == "dead")
        #expect(state["Result"] == "success")
        #expect(state["ExecMainStatus"] == "0")
        let stopping = try Journal.waitForEntries(
            ["SYSLOG_IDENTIFIER=ingestd", "_PID=\(pid)", "MESSAGE_ID=\(Self.stoppingID)"], since: service.createdAt
        ) { !$0.isEmpty }
        #expect(stopping.count == 1, "\(service.diagnostics())")
        #expect(stopping.first?["MESSAGE"]?.hasPrefix("stopping:") == true)
    }
}
