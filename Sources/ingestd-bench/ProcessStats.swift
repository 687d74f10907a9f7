import Glibc

/// What `/proc` says about a process at one moment: CPU time used so far, resident memory now
/// and at its peak. The same reading for ingestd and for the peer.
struct ProcessStats: Sendable {
    /// User plus system CPU time, seconds.
    var cpuSeconds: Double
    /// VmRSS, bytes.
    var rssBytes: Int
    /// VmHWM (the peak resident set since start), bytes.
    var peakRSSBytes: Int

    /// Reads `/proc/PID/stat` and `/proc/PID/status`; `nil` if the process is gone.
    static func read(pid: pid_t) -> ProcessStats? {
        guard let stat = try? Files.read("/proc/\(pid)/stat"),
            let status = try? Files.read("/proc/\(pid)/status")
        else { return nil }
        // The command name (field 2) may hold spaces: count fields from its closing parenthesis.
        guard let close = stat.lastIndex(of: UInt8(ascii: ")")) else { return nil }
        let fields = stat[(close + 1)...].split(separator: UInt8(ascii: " "))
        // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
        guard fields.count > 12, let user = Int(String(decoding: fields[11], as: UTF8.self)),
            let system = Int(String(decoding: fields[12], as: UTF8.self))
        else { return nil }
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        var rss = 0
        var peak = 0
        for line in String(decoding: status, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("VmRSS:") { rss = kilobytes(line) * 1024 }
            if line.hasPrefix("VmHWM:") { peak = kilobytes(line) * 1024 }
        }
        return ProcessStats(cpuSeconds: Double(user + system) / ticks, rssBytes: rss, peakRSSBytes: peak)
    }

    private static func kilobytes(_ line: Substring) -> Int {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { Int($0) }.first ?? 0
    }
}
