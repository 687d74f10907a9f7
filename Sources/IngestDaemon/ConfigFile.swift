import Foundation
import IngestSystem

/// Reads ingestd's config file: `key = value` lines, `#` comments, keys as the flags spell
/// them without `--`. An unknown key is an error, not a silent typo.
enum ConfigFile {
    struct Entry {
        var value: String
        var file: String
        var line: Int
    }

    static func load(_ path: String) throws(SettingsError) -> [IngestSettings.Key: Entry] {
        let bytes: [UInt8]
        do {
            switch try BoundedFileReader.read(path, limit: 1 << 20) {
            case .contents(let contents): bytes = contents
            case .vanished: throw SettingsError.unreadableConfig(path: path, reason: "no such file")
            case .symlink, .notRegular, .tooLarge:
                throw SettingsError.unreadableConfig(path: path, reason: "not a regular file under 1 MiB")
            }
        } catch let error as SettingsError {
            throw error
        } catch {
            throw .unreadableConfig(path: path, reason: "\(error)")
        }
        return try parse(String(decoding: bytes, as: UTF8.self), path: path)
    }

    static func parse(_ text: String, path: String) throws(SettingsError) -> [IngestSettings.Key: Entry] {
        var entries: [IngestSettings.Key: Entry] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let content = line.trimmingCharacters(in: .whitespaces)
            if content.isEmpty { continue }
            guard let equals = content.firstIndex(of: "=") else {
                throw .configSyntax(path: path, line: index + 1, reason: "expected key = value")
            }
            let name = content[..<equals].trimmingCharacters(in: .whitespaces)
            let value = content[content.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard let key = IngestSettings.Key(rawValue: name) else {
                let known = IngestSettings.Key.allCases.map(\.rawValue).joined(separator: ", ")
                throw .configSyntax(
                    path: path, line: index + 1, reason: "unknown setting \"\(name)\" (known: \(known))")
            }
            entries[key] = Entry(value: unquoted(value), file: path, line: index + 1)
        }
        return entries
    }

    private static func unquoted(_ value: String) -> String {
        if value.count >= 2, value.first == "\"", value.last == "\"" { return String(value.dropFirst().dropLast()) }
        return value
    }
}
