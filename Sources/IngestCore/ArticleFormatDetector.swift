import Foundation

/// Tells which format a file holds from its content; the name only breaks ties (a `.txt` that
/// holds HTML is HTML, a `.html` that holds plain text is text).
///
/// What is not one article in a readable format is refused here with what it is instead (an
/// RSS feed, an SVG image, a JSON list, JSON broken at line 3), so the operator sees why.
/// Plain text is the fallback: its own checks (empty, not UTF-8, NUL bytes) run in
/// ``ArticleTextDecoder``.
public enum ArticleFormatDetector {
    /// How much of the start of a file the content checks look at.
    private static let sniffLength = 4096

    /// Tags that open an HTML document or fragment.
    private static let htmlTags: Set<String> = [
        "html", "head", "body", "meta", "article", "title", "link", "div", "p", "section", "main", "header", "h1",
        "h2", "script", "style", "base", "table", "span", "nav", "!doctype",
    ]

    /// Files a saved page drags along (its `NAME_files/` folder) that are never an article.
    private static let resourceExtensions: [String: String] = [
        "css": "a style sheet", "js": "a JavaScript file", "mjs": "a JavaScript file", "map": "a source map",
        "svg": "an SVG image", "xml": "an XML document", "rss": "an RSS feed, not one article",
        "atom": "an Atom feed, not one article", "ico": "an icon", "woff": "a web font", "woff2": "a web font",
        "ttf": "a font", "otf": "a font", "eot": "a web font", "mhtml": "an MHTML web archive",
        "mht": "an MHTML web archive", "webarchive": "a Safari web archive",
    ]

    public static func detect(_ bytes: [UInt8], fileName: String?) -> Result<ArticleFormat, Rejection> {
        let fileExtension = fileName.flatMap(Self.fileExtension)
        if let kind = BinarySignature.identify(bytes) {
            return .failure(Rejection(.binary, "the file is a \(kind), not text"))
        }
        if let utf16 = utf16Head(bytes) {
            // UTF-16 is read for HTML only, which states its encoding; other UTF-16 text is
            // refused by the text decoder.
            return .success(isHTML(Array(utf16.utf8)[...], fileExtension: fileExtension) ? .html : .plainText)
        }
        let head = Array(bytes.prefix(sniffLength).drop { [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains($0) })
        let start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? dropSpace(head.dropFirst(3)) : head[...]
        guard !start.isEmpty else { return .success(.plainText) }
        if let refused = refusal(start) { return .failure(refused) }
        if isHTML(start, fileExtension: fileExtension) { return .success(.html) }
        if let fileExtension, let kind = resourceExtensions[fileExtension] {
            let saved = ["css", "js", "mjs", "map", "svg", "ico", "woff", "woff2", "ttf", "otf", "eot"]
            let note = saved.contains(fileExtension) ? " (part of a saved page's _files folder?)" : ""
            return .failure(
                Rejection(.unreadableFormat, "the file is named .\(fileExtension): \(kind)\(note), not an article"))
        }
        if let first = start.first, first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            switch json(bytes, fileExtension: fileExtension) {
            case .success(true): return .success(.json)
            case .success(false): break
            case .failure(let rejection): return .failure(rejection)
            }
        } else if fileExtension == "json" {
            return .failure(Rejection(.unreadableFormat, "the file is named .json but does not start with { or ["))
        }
        if isMarkdown(start, fileExtension: fileExtension) { return .success(.markdown) }
        return .success(.plainText)
    }

    private static func fileExtension(_ name: String) -> String? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return name[name.index(after: dot)...].lowercased()
    }

    private static func dropSpace(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        bytes.drop { [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains($0) }
    }

    /// The start of a file with a UTF-16 byte-order mark, decoded.
    private static func utf16Head(_ bytes: [UInt8]) -> String? {
        let littleEndian: Bool
        if bytes.starts(with: [0xFF, 0xFE]) && !bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            littleEndian = true
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            littleEndian = false
        } else {
            return nil
        }
        var units: [UInt16] = []
        var index = 2
        while index + 1 < min(bytes.count, sniffLength) {
            let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        let text = String(decoding: units, as: UTF16.self)
        return String(text.drop(while: \.isWhitespace))
    }

    /// Feeds, images and archives that are text but not an article.
    private static func refusal(_ start: ArraySlice<UInt8>) -> Rejection? {
        // Every refused kind opens with one of these bytes; plain text mostly does not.
        guard let first = start.first, Array("<mMfFb".utf8).contains(first) else { return nil }
        // Outside markup, only three openings are refused: most texts starting with M, F or B
        // are ruled out by their first bytes, without lower-casing a kilobyte.
        if first != UInt8(ascii: "<"),
            !["mime-version:", "from: <saved by", "bplist00"].contains(where: {
                opensCaseInsensitively(start, with: $0)
            })
        {
            return nil
        }
        let lower = String(decoding: start.prefix(1024), as: UTF8.self).lowercased()
        if lower.hasPrefix("<?xml") || lower.hasPrefix("<rss") || lower.hasPrefix("<feed") || lower.hasPrefix("<svg")
            || lower.hasPrefix("<rdf:rdf")
        {
            if lower.contains("<rss") || lower.contains("<rdf:rdf") {
                return Rejection(.unreadableFormat, "the file is an RSS feed, not one article")
            }
            if lower.contains("<feed") {
                return Rejection(.unreadableFormat, "the file is an Atom feed, not one article")
            }
            if lower.contains("<svg") {
                return Rejection(.unreadableFormat, "the file is an SVG image, not an article")
            }
            if !lower.contains("<html") {
                let root = xmlRootName(lower).map { " (root element <\($0)>)" } ?? ""
                return Rejection(.unreadableFormat, "the file is an XML document\(root), not an article")
            }
        }
        if lower.hasPrefix("mime-version:") || lower.hasPrefix("from: <saved by") {
            return Rejection(
                .unreadableFormat, "the file is an MHTML web archive; save the page as \"Web Page, HTML only\" instead")
        }
        if lower.hasPrefix("bplist00") {
            return Rejection(.unreadableFormat, "the file is a binary property list (a Safari .webarchive?), not text")
        }
        return nil
    }

    /// Whether `bytes` open with the lower-case ASCII `prefix`, in any case. `lowercased()`
    /// gives a lone ASCII letter only for an ASCII letter (U+212A KELVIN SIGN gives `k`, which
    /// no prefix here holds), so this is false wherever `lowercased().hasPrefix` is.
    private static func opensCaseInsensitively(_ bytes: ArraySlice<UInt8>, with prefix: String) -> Bool {
        guard bytes.count >= prefix.utf8.count else { return false }
        return zip(bytes, prefix.utf8).allSatisfy { byte, expected in
            ((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte) == expected
        }
    }

    private static func xmlRootName(_ lower: String) -> String? {
        var rest = lower[...]
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            guard let first = rest.first, first != "?", first != "!" else { continue }
            let name = rest.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
            return name.isEmpty ? nil : String(name)
        }
        return nil
    }

    /// A first tag (after comments such as a browser's `<!-- saved from url=… -->`) that HTML
    /// documents open with, or `<html` / `<!doctype html` near the start.
    private static func isHTML(_ start: ArraySlice<UInt8>, fileExtension: String?) -> Bool {
        let opensTag = start.prefix(1024).withUnsafeBufferPointer { ByteSearch.offset(of: UInt8(ascii: "<"), in: $0) }
        guard opensTag != nil else { return false }
        let lower = String(decoding: start.prefix(1024), as: UTF8.self).lowercased()
        var rest = lower[...]
        while rest.hasPrefix("<!--") {
            guard let close = rest.range(of: "-->") else { return false }
            rest = rest[close.upperBound...].drop(while: \.isWhitespace)
        }
        if rest.hasPrefix("<") {
            let name = rest.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "!" }
            if htmlTags.contains(String(name)) { return true }
            if ["html", "htm"].contains(fileExtension) && name.first?.isLetter == true { return true }
        }
        return lower.contains("<!doctype html") || lower.contains("<html")
    }

    /// `.success(true)`: one article object; `.success(false)`: not JSON after all (a text
    /// that opens with a bracket); a rejection when it is JSON of the wrong shape, or broken
    /// JSON in a `.json` file (or one that can only have meant to be JSON).
    private static func json(_ bytes: [UInt8], fileExtension: String?) -> Result<Bool, Rejection> {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            let opening = String(decoding: dropSpace(bytes.prefix(64)[...]).dropFirst().prefix(16), as: UTF8.self)
            let meantAsJSON =
                fileExtension == "json"
                || (!["txt", "text", "md", "markdown"].contains(fileExtension ?? "")
                    && opening.drop(while: \.isWhitespace).first == "\"")
            guard meantAsJSON else { return .success(false) }
            let reason = JSONSyntaxError.describe(error, in: bytes)
            return .failure(Rejection(.unreadableFormat, "the file is not valid JSON at \(reason)"))
        }
        if value is [String: Any] { return .success(true) }
        if let list = value as? [Any] {
            let objects = list.filter { $0 is [String: Any] }.count
            if list.count == 1 && objects == 1 { return .success(true) }
            let what = objects == list.count ? "objects" : "items"
            return .failure(
                Rejection(
                    .unreadableFormat,
                    "the file is a JSON list of \(list.count.formatted) \(what), not one article object"))
        }
        return .failure(Rejection(.unreadableFormat, "the file is a JSON value that is not an article object"))
    }

    /// YAML front matter, or a first-line `# ` heading, or two kinds of Markdown marks (a
    /// heading, a link, emphasis, a fence, an image) in the first lines; a `.md` name needs one.
    /// Markdown by its marks, read from the first lines as bytes (this runs for every plain-text
    /// file, so it stays off `String` searching).
    private static func isMarkdown(_ start: ArraySlice<UInt8>, fileExtension: String?) -> Bool {
        // The first 80 lines (the last one unended when fewer).
        var lines: [ArraySlice<UInt8>] = []
        lines.reserveCapacity(80)
        start.withUnsafeBufferPointer { bytes in
            var lineStart = 0
            while lines.count < 80 {
                let end = ByteSearch.offset(of: UInt8(ascii: "\n"), in: bytes, from: lineStart) ?? bytes.count
                lines.append(trimmingCR(start[(start.startIndex + lineStart)..<(start.startIndex + end)]))
                guard end < bytes.count else { return }
                lineStart = end + 1
            }
        }
        if let first = lines.first, first.elementsEqual(Marks.fence), lines.count > 2,
            lines[1].contains(UInt8(ascii: ":")),
            lines.dropFirst().prefix(40).contains(where: {
                $0.elementsEqual(Marks.fence) || $0.elementsEqual(Marks.dots)
            })
        {
            return true
        }
        if let first = lines.first, first.starts(with: Marks.heading) { return true }
        var kinds: MarkdownMarks = []
        var previous: ArraySlice<UInt8> = []
        for line in lines {
            let hashes = line.prefix { $0 == UInt8(ascii: "#") }.count
            if (1...6).contains(hashes), line.dropFirst(hashes).first == UInt8(ascii: " ") { kinds.insert(.heading) }
            if !previous.isEmpty, line.count >= 3,
                line.allSatisfy({ $0 == UInt8(ascii: "=") }) || line.allSatisfy({ $0 == UInt8(ascii: "-") })
            {
                kinds.insert(.heading)
            }
            if line.starts(with: Marks.backticks) || line.starts(with: Marks.tildes) { kinds.insert(.fence) }
            // Most lines of prose have no `]`, `*` or `_`: one look at each byte rules out
            // the link, image and emphasis searches below.
            let marks = line.withUnsafeBufferPointer { bytes in
                "]*_".utf8.contains { ByteSearch.offset(of: $0, in: bytes) != nil }
            }
            if marks, let link = firstPair(line, UInt8(ascii: "]"), UInt8(ascii: "(")),
                line[..<link].contains(UInt8(ascii: "["))
            {
                kinds.insert(firstPair(line, UInt8(ascii: "!"), UInt8(ascii: "[")) != nil ? .image : .link)
            }
            if marks,
                firstPair(line, UInt8(ascii: "*"), UInt8(ascii: "*")) != nil
                    || firstPair(line, UInt8(ascii: "_"), UInt8(ascii: "_")) != nil
            {
                kinds.insert(.emphasis)
            }
            if line.starts(with: Marks.quote) { kinds.insert(.quote) }
            if line.starts(with: Marks.dash) || line.starts(with: Marks.star) || line.starts(with: Marks.plus) {
                kinds.insert(.list)
            }
            previous = line
        }
        if ["md", "markdown", "mdown", "mkd"].contains(fileExtension ?? "") { return !kinds.isEmpty }
        return !kinds.isDisjoint(with: .strong) && kinds.rawValue.nonzeroBitCount >= 2
    }

    /// The marks a line may open with, as bytes: comparing a line's bytes with a string's
    /// `utf8` view steps through the view's indices, which costs more than the whole check.
    private enum Marks {
        static let fence = Array("---".utf8)
        static let dots = Array("...".utf8)
        static let heading = Array("# ".utf8)
        static let backticks = Array("```".utf8)
        static let tildes = Array("~~~".utf8)
        static let quote = Array("> ".utf8)
        static let dash = Array("- ".utf8)
        static let star = Array("* ".utf8)
        static let plus = Array("+ ".utf8)
    }

    /// The kinds of Markdown mark seen; two kinds, one of them strong, make a Markdown file.
    private struct MarkdownMarks: OptionSet {
        let rawValue: UInt8
        static let heading = MarkdownMarks(rawValue: 1 << 0)
        static let fence = MarkdownMarks(rawValue: 1 << 1)
        static let link = MarkdownMarks(rawValue: 1 << 2)
        static let image = MarkdownMarks(rawValue: 1 << 3)
        static let emphasis = MarkdownMarks(rawValue: 1 << 4)
        static let quote = MarkdownMarks(rawValue: 1 << 5)
        static let list = MarkdownMarks(rawValue: 1 << 6)
        static let strong: MarkdownMarks = [.heading, .fence, .link, .image, .emphasis]
    }

    private static func trimmingCR(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        line.last == UInt8(ascii: "\r") ? line.dropLast() : line
    }

    /// Where the two bytes `first`, `second` first stand side by side (the index of `second`).
    private static func firstPair(_ line: ArraySlice<UInt8>, _ first: UInt8, _ second: UInt8) -> Int? {
        var index = line.startIndex
        while index + 1 < line.endIndex {
            if line[index] == first && line[index + 1] == second { return index + 1 }
            index += 1
        }
        return nil
    }
}
