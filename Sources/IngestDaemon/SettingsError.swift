/// A setting that cannot be used, with where it came from and what would be accepted.
public enum SettingsError: Error, Equatable, CustomStringConvertible {
    case invalidValue(key: String, value: String, origin: String, expected: String)
    case unreadableConfig(path: String, reason: String)
    case configSyntax(path: String, line: Int, reason: String)
    case overlap(String)

    public var description: String {
        switch self {
        case .invalidValue(let key, let value, let origin, let expected):
            "invalid \(key) \"\(value)\" (from \(origin)): expected \(expected)"
        case .unreadableConfig(let path, let reason):
            "cannot read config file \(path): \(reason)"
        case .configSyntax(let path, let line, let reason):
            "\(path):\(line): \(reason)"
        case .overlap(let message):
            "folders overlap: \(message)"
        }
    }
}
