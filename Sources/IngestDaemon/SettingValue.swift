import Foundation

/// Parses the units operators write: `16MiB`, `512k`, `300s`, `5m`, `1.5s`.
public enum SettingValue {
    public static func byteSize(_ text: String) -> Int64? {
        let lower = text.lowercased()
        let units: [(String, Int64)] = [
            ("gib", 1 << 30), ("mib", 1 << 20), ("kib", 1 << 10), ("gb", 1_000_000_000), ("mb", 1_000_000),
            ("kb", 1000), ("g", 1 << 30), ("m", 1 << 20), ("k", 1 << 10), ("b", 1),
        ]
        for (suffix, factor) in units where lower.hasSuffix(suffix) {
            guard let number = Double(lower.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)),
                number >= 0, number * Double(factor) < Double(Int64.max)
            else { return nil }
            return Int64(number * Double(factor))
        }
        return Int64(lower)
    }

    public static func duration(_ text: String) -> Duration? {
        let lower = text.lowercased()
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        for (suffix, factor) in units where lower.hasSuffix(suffix) {
            guard let number = Double(lower.dropLast(suffix.count)), number >= 0 else { return nil }
            return .milliseconds(Int64(number * factor * 1000))
        }
        guard let seconds = Double(lower), seconds >= 0 else { return nil }
        return .milliseconds(Int64(seconds * 1000))
    }

    /// `0.8` or `80%`.
    static func fraction(_ text: String) -> Double? {
        if text.hasSuffix("%") { return Double(text.dropLast()).map { $0 / 100 } }
        return Double(text)
    }
}
