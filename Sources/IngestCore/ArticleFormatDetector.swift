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
            return .success(isHTML(Array(utf16.utf8), fileExtension: fileExtension) ? .html : .plainText)
        }
        let head = Array(bytes.prefix(sniffLength).drop { [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains($0) })
        let start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? dropSpace(head.dropFirst(3)) : head[...]
        guard !start.isEmpty else { return .success(.plainText) }
        if let refused = refusal(start) { return .failure(refused) }
        if isHTML(Array(start), fileExtension: fileExtension) { return .success(.html) }
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
    private static func isHTML(_ start: [UInt8], fileExtension: String?) -> Bool {
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
    private static func isMarkdown(_ start: ArraySlice<UInt8>, fileExtension: String?) -> Bool {
        let text = String(decoding: start, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(80).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        if lines.first == "---", lines.dropFirst().prefix(40).contains(where: { $0 == "---" || $0 == "..." }),
            lines.count > 2, lines[1].contains(":")
        {
            return true
        }
        if let first = lines.first, first.hasPrefix("# ") { return true }
        var kinds: Set<String> = []
        var previous: Substring = ""
        for line in lines {
            if line.hasPrefix("#"), line.drop(while: { $0 == "#" }).hasPrefix(" "),
                line.prefix(while: { $0 == "#" }).count <= 6
            {
                kinds.insert("heading")
            }
            if !previous.isEmpty && !line.isEmpty && (line.allSatisfy { $0 == "=" } || line.allSatisfy { $0 == "-" })
                && line.count >= 3
            {
                kinds.insert("heading")
            }
            if line.hasPrefix("```") || line.hasPrefix("~~~") { kinds.insert("fence") }
            if line.contains("](") && line.contains("[") { kinds.insert(line.contains("![") ? "image" : "link") }
            if line.contains("**") || line.contains("__") { kinds.insert("emphasis") }
            if line.hasPrefix("> ") { kinds.insert("quote") }
            if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { kinds.insert("list") }
            previous = line
        }
        if ["md", "markdown", "mdown", "mkd"].contains(fileExtension ?? "") { return !kinds.isEmpty }
        let strong = kinds.intersection(["heading", "fence", "link", "image", "emphasis"])
        return !strong.isEmpty && kinds.count >= 2
    }
}
