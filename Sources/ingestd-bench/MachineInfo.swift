import Foundation
import Glibc

/// The machine a report was measured on, so that figures from two machines are not compared
/// unawares.
struct MachineInfo: Codable, Sendable {
    var cpu: String
    var cores: Int
    var memoryGiB: Double
    var kernel: String

    static func current() -> MachineInfo {
        let cpuinfo = String(decoding: (try? Files.read("/proc/cpuinfo")) ?? [], as: UTF8.self)
        let model =
            cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        var system = utsname()
        uname(&system)
        let release = withUnsafeBytes(of: system.release) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        let pages = Double(sysconf(Int32(_SC_PHYS_PAGES))) * Double(sysconf(Int32(_SC_PAGESIZE)))
        return MachineInfo(
            cpu: model, cores: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), memoryGiB: pages / 1_073_741_824,
            kernel: release)
    }
}
