/// Markdown turned into the plain paragraphs a reader sees: headings as their text, emphasis
/// and code marks gone, links as their text, images dropped, list and quote markers removed,
/// code fences kept as text.
enum MarkdownText {
    /// One block of the document.
    struct Block: Equatable {
        var text: String
        /// 1…6 for a heading, 0 otherwise.
        var headingLevel: Int
    }

    /// The blocks of `text` (already through ``TextNormalizer``: lines trimmed, blank lines single).
    static func blocks(_ text: Substring) -> [Block] {
        var blocks: [Block] = []
        var lines: [Substring] = []
        var fence: Substring?
        var code: [Substring] = []

        func flush(headingLevel: Int = 0) {
            let joined = lines.map { plain($0) }.filter { !$0.isEmpty }.joined(separator: " ")
            if !joined.isEmpty { blocks.append(Block(text: joined, headingLevel: headingLevel)) }
            lines.removeAll()
        }

        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let marker = fence {
                if line.hasPrefix(marker) {
                    fence = nil
                    let joined = code.joined(separator: "\n")
                    if !joined.isEmpty { blocks.append(Block(text: joined, headingLevel: 0)) }
                    code.removeAll()
                } else {
                    code.append(line)
                }
                continue
            }
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                flush()
                fence = line.prefix(3)
                continue
            }
            if line.isEmpty || isReferenceDefinition(line) {
                flush()
                continue
            }
            let hashes = line.prefix { $0 == "#" }.count
            if (1...6).contains(hashes), line.dropFirst(hashes).first == " " || line.count == hashes {
                flush()
                var heading = line.dropFirst(hashes).drop { $0 == " " }
                let closed = heading.reversed().drop { $0 == "#" }.count
                if closed == 0 || heading.dropLast(heading.count - closed).last == " " {
                    heading = heading.dropLast(heading.count - closed)
                }
                while heading.last == " " { heading = heading.dropLast() }
                lines = [heading]
                flush(headingLevel: hashes)
                continue
            }
            if isRule(line, of: "=") || isRule(line, of: "-") {
                if lines.count == 1 {
                    flush(headingLevel: line.first == "=" ? 1 : 2)
                } else {
                    flush()
                }
                continue
            }
            if isRule(line, of: "*") || isRule(line, of: "_") {
                flush()
                continue
            }
            var content = line[...]
            while content.hasPrefix(">") { content = content.dropFirst().drop { $0 == " " } }
            if let item = listItemText(content) {
                flush()
                content = item
            }
            if !content.isEmpty { lines.append(content) }
        }
        if !code.isEmpty { blocks.append(Block(text: code.joined(separator: "\n"), headingLevel: 0)) }
        flush()
        return blocks
    }

    /// `---`, `***`, `___`, `===` (three or more, spaces allowed between).
    /// `text` without a closing note set off by a rule: "---" then one or two short lines in
    /// italics ("*Liked this article? Subscribe to our newsletter.*"), as blogs sign off.
    static func withoutClosingNote(_ text: Substring) -> Substring {
        // Only the last few hundred bytes are looked at.
        let tail = text.utf8.count > 600 ? text.suffix(600) : text
        var lines = tail.split(separator: "\n")
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        guard let rule = lines.lastIndex(where: { isRule($0, of: "-") || isRule($0, of: "*") || isRule($0, of: "_") }),
            rule > 0, rule < lines.count - 1, lines.count - rule <= 3
        else { return text }
        let note = lines[(rule + 1)...]
        let isEmphasis = note.allSatisfy { line in
            line.utf8.count <= 300
                && (line.hasPrefix("*") && line.hasSuffix("*") || line.hasPrefix("_") && line.hasSuffix("_"))
        }
        // The lines are slices of `text`; a rule right under a line of text would be a heading.
        let cut = lines[rule].startIndex
        guard isEmphasis, text[..<cut].hasSuffix("\n\n") else { return text }
        return text[..<cut]
    }

    private static func isRule(_ line: Substring, of mark: Character) -> Bool {
        let marks = line.filter { $0 != " " }
        return marks.count >= 3 && marks.allSatisfy { $0 == mark }
    }

    /// `[label]: https://…`
    private static func isReferenceDefinition(_ line: Substring) -> Bool {
        guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return false }
        return line[close...].hasPrefix("]: ")
    }

    /// The text of `- item`, `* item`, `+ item`, `1. item`, `1) item`.
    private static func listItemText(_ line: Substring) -> Substring? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return line.dropFirst(2)
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let after = line.dropFirst(digits.count)
        guard let mark = after.first, mark == "." || mark == ")", after.dropFirst().first == " " else { return nil }
        return after.dropFirst(2)
    }

    /// One line's inline Markdown removed.
    static func plain(_ line: some StringProtocol) -> String {
        let characters = Array(line)
        var out = ""
        var index = 0
        // Link scans share one budget, so a line of a million `[` costs no more than a page.
        var budget = 65_536
        func isWordCharacter(_ at: Int) -> Bool {
            at >= 0 && at < characters.count && (characters[at].isLetter || characters[at].isNumber)
        }
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\" where index + 1 < characters.count && characters[index + 1].isPunctuationOrSymbol:
                out.append(characters[index + 1])
                index += 2
            case "!" where index + 1 < characters.count && characters[index + 1] == "[":
                if let (_, end) = link(characters, at: index + 1, budget: &budget) {
                    index = end
                } else {
                    out.append(character)
                    index += 1
                }
            case "[":
                if let (text, end) = link(characters, at: index, budget: &budget) {
                    out += plain(String(text))
                    index = end
                } else {
                    out.append(character)
                    index += 1
                }
            case "<":
                if budget > 0, let close = characters[index..<min(index + 256, characters.count)].firstIndex(of: ">"),
                    String(characters[(index + 1)..<close]).hasPrefix("http")
                {
                    out += String(characters[(index + 1)..<close])
                    index = close + 1
                } else {
                    out.append(character)
                    index += 1
                }
            case "`":
                index += 1
            case "*", "~":
                index += 1
            case "_":
                // Emphasis only at a word's edge: snake_case stays as written.
                if isWordCharacter(index - 1) && isWordCharacter(index + 1) { out.append(character) }
                index += 1
            default:
                out.append(character)
                index += 1
            }
        }
        return HTMLDocument.collapsed(out)
    }

    /// `[text](url)` or `[text][ref]` starting at `start`: the text and the index after it.
    private static func link(_ characters: [Character], at start: Int, budget: inout Int) -> (
        ArraySlice<Character>, Int
    )? {
        var depth = 0
        var close: Int?
        let limit = min(characters.count, start + 1024, start + max(0, budget))
        budget -= limit - start
        for index in start..<limit {
            if characters[index] == "[" { depth += 1 }
            if characters[index] == "]" {
                depth -= 1
                if depth == 0 {
                    close = index
                    break
                }
            }
        }
        guard let close, close + 1 < characters.count else { return nil }
        let opener = characters[close + 1]
        let closer: Character = opener == "(" ? ")" : "]"
        guard opener == "(" || opener == "[",
            let end = characters[(close + 1)..<min(characters.count, close + 2048)].firstIndex(of: closer)
        else { return nil }
        return (characters[(start + 1)..<close], end + 1)
    }
}

extension Character {
    fileprivate var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
}
