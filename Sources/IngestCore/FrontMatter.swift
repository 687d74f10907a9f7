/// The YAML front matter that static-site generators (Jekyll, Hugo, Eleventy) put above a
/// Markdown article: `title`, `author` or `authors`, `date`, `site`.
///
/// Only the YAML that front matter uses is read: `key: value` (quoted or not), flow lists
/// `[a, b]` and block lists of `- item`. Everything else is skipped, never an error: the body
/// is still an article.
struct FrontMatter {
    /// Values by lower-case key; a scalar gives one value, a list several.
    private(set) var values: [String: [String]] = [:]

    /// The front matter of `text` and the text after it, or `nil` when `text` has none.
    static func split(_ text: String) -> (frontMatter: FrontMatter, rest: Substring)? {
        guard text.hasPrefix("---\n") else { return nil }
        var lines: [Substring] = []
        var rest = text.dropFirst(4)
        while let newline = rest.firstIndex(of: "\n") {
            let line = rest[..<newline]
            rest = rest[rest.index(after: newline)...]
            if line == "---" || line == "..." { return (FrontMatter(lines), rest) }
            lines.append(line)
            if lines.count > 200 { return nil }
        }
        if rest == "---" || rest == "..." { return (FrontMatter(lines), "") }
        return nil
    }

    private init(_ lines: [Substring]) {
        var listKey: String?
        for line in lines {
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("- "), let key = listKey {
                values[key, default: []].append(Self.scalar(trimmed.dropFirst(2)))
                continue
            }
            guard let colon = trimmed.firstIndex(of: ":") else { continue }
            let key = trimmed[..<colon].trimmingCharacters(" \"'").lowercased()
            let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(" ")
            if value.isEmpty {
                listKey = key
            } else if value.hasPrefix("[") && value.hasSuffix("]") {
                listKey = nil
                values[key] = value.dropFirst().dropLast().split(separator: ",").map { Self.scalar($0) }
            } else {
                listKey = nil
                values[key] = [Self.scalar(value[...])]
            }
        }
    }

    func first(_ keys: String...) -> String? {
        for key in keys {
            if let value = values[key]?.first(where: { !$0.isEmpty }) { return value }
        }
        return nil
    }

    func all(_ keys: String...) -> [String] {
        for key in keys {
            if let list = values[key], !list.isEmpty { return list }
        }
        return []
    }

    /// A scalar without its quotes and without a trailing comment; an Obsidian link
    /// (`"[[Jane Doe]]"`, `[[Jane Doe|Jane]]`) gives the note it names.
    private static func scalar(_ raw: Substring) -> String {
        var value = raw.trimmingCharacters(" ")
        if let quote = value.first, quote == "\"" || quote == "'", value.count >= 2, value.last == quote {
            value = String(value.dropFirst().dropLast())
        } else if let comment = value.firstRange(of: " #") {
            value = String(value[..<comment.lowerBound]).trimmingCharacters(" ")
        }
        if value.hasPrefix("[["), value.hasSuffix("]]"), value.count > 4 {
            let target = value.dropFirst(2).dropLast(2)
            value = String(target.prefix { $0 != "|" })
        }
        return value
    }
}

extension StringProtocol {
    /// Without the given characters at either end.
    fileprivate func trimmingCharacters(_ characters: String) -> String {
        String(drop { characters.contains($0) }.reversed().drop { characters.contains($0) }.reversed())
    }
}
