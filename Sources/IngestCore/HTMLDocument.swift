import CLibXML2

/// An HTML page read by libxml2's HTML parser (which recovers from tag soup the way browsers
/// do), copied into a flat Swift tree and the C tree freed at once.
///
/// Nodes are stored in document order and each records where its subtree ends, so every walk
/// is a loop over a range (no recursion: a page of 100,000 nested `<div>`s cannot overflow the
/// stack) and skipping an element is one jump. Only what the article reader needs is copied:
/// text, a few attributes, no `data:` URIs and no script or style text (except JSON-LD).
struct HTMLDocument: Sendable {
    struct Attribute: Sendable {
        var name: String
        var value: String
    }

    struct Node: Sendable {
        /// Lower-case tag name; empty for a text node.
        var name: String
        /// The text of a text node (entities decoded, as UTF-8).
        var text: String
        var attributes: [Attribute]
        /// Index of the parent; -1 for the document itself.
        var parent: Int
        /// One past the last node of this subtree.
        var end: Int

        var isText: Bool { name.isEmpty }

        func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    /// Node 0 is the document; every other node follows its parent.
    private(set) var nodes: [Node]

    /// Attributes worth copying; the rest (`src`, `href`, `style` beyond a hidden check…) can be
    /// megabytes of inline data in a single-file save.
    private static let keptAttributes: Set<String> = [
        "class", "id", "itemprop", "itemtype", "rel", "name", "property", "content", "datetime", "http-equiv",
        "charset", "type", "role", "hidden", "aria-hidden", "lang", "title",
    ]

    /// Elements whose content is never article text, not copied at all.
    private static let skippedContent: Set<String> = [
        "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
        "select", "textarea", "button", "map",
    ]

    /// `HUGE` lifts libxml2's nesting limit of 256, past which it drops the rest of the page;
    /// the tree is copied and freed without recursion, and the file size is bounded upstream.
    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)

    /// `xmlInitParser` once per process, before any call into libxml2 (a parse or an encoding
    /// lookup): Swift runs a static initialiser exactly once even when files are parsed on
    /// several threads at once.
    static let libraryReady: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses `bytes` in `encoding` (a name libxml2 accepts, see ``HTMLCharset``); `nil` when
    /// libxml2 finds no document at all (empty input).
    static func parse(_ bytes: [UInt8], encoding: String) -> HTMLDocument? {
        guard libraryReady, !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return nil }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                    htmlReadMemory(characters, Int32(buffer.count), nil, encoding, options)
                }
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return HTMLDocument(copying: document)
    }

    private init(copying document: htmlDocPtr) {
        nodes = [Node(name: "#document", text: "", attributes: [], parent: -1, end: 0)]
        let documentAddress = UnsafeMutableRawPointer(document)
        var open: [Int] = [0]
        var keepsText: [Bool] = [true]
        var cursor = document.pointee.children
        walk: while let node = cursor {
            var descend = false
            let parent = open[open.count - 1]
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let name = Self.string(node.pointee.name).lowercased()
                let index = nodes.count
                nodes.append(
                    Node(name: name, text: "", attributes: Self.attributes(of: node), parent: parent, end: index + 1))
                if node.pointee.children != nil && !Self.skippedContent.contains(name) {
                    let isJSONLD = nodes[index].attribute("type")?.lowercased().contains("ld+json") ?? false
                    open.append(index)
                    keepsText.append(name != "script" || isJSONLD)
                    descend = true
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if keepsText[keepsText.count - 1], let content = node.pointee.content {
                    let index = nodes.count
                    nodes.append(
                        Node(name: "", text: Self.string(content), attributes: [], parent: parent, end: index + 1))
                }
            default:
                break  // comments, processing instructions, the DTD
            }
            if descend {
                cursor = node.pointee.children
                continue
            }
            var sibling = node
            while sibling.pointee.next == nil {
                guard let up = sibling.pointee.parent, UnsafeMutableRawPointer(up) != documentAddress else {
                    break walk
                }
                if let closed = open.popLast() { nodes[closed].end = nodes.count }
                keepsText.removeLast()
                sibling = up
            }
            cursor = sibling.pointee.next
        }
        for index in open { nodes[index].end = nodes.count }
    }

    private static func string(_ characters: UnsafePointer<xmlChar>?) -> String {
        guard let characters else { return "" }
        return String(cString: characters)
    }

    private static func attributes(of node: xmlNodePtr) -> [Attribute] {
        var attributes: [Attribute] = []
        var property = node.pointee.properties
        while let attribute = property {
            property = attribute.pointee.next
            let name = string(attribute.pointee.name).lowercased()
            guard keptAttributes.contains(name) else { continue }
            var value = ""
            var child = attribute.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += string(content) }
                child = text.pointee.next
            }
            attributes.append(Attribute(name: name, value: value))
        }
        return attributes
    }
}

extension HTMLDocument {
    /// The text under node `index`, whitespace collapsed to single spaces and trimmed.
    func text(of index: Int) -> String {
        let node = nodes[index]
        if node.isText { return Self.collapsed(node.text) }
        var parts = ""
        for inner in (index + 1)..<node.end {
            let child = nodes[inner]
            if child.isText {
                parts += child.text
            } else if Self.blockElements.contains(child.name) {
                parts += " "
            }
        }
        return Self.collapsed(parts)
    }

    /// Elements that end a line of text when a browser shows them.
    static let blockElements: Set<String> = [
        "address", "article", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "table", "td", "th", "tr", "ul", "aside", "form", "details", "summary", "caption", "center", "body",
    ]

    /// Runs of white space (including no-break spaces) become one space; the ends are trimmed.
    static func collapsed(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The whole class names of an element, lower case.
    func classNames(of index: Int) -> [Substring] {
        (nodes[index].attribute("class") ?? "").lowercased().split { $0 == " " || $0 == "\t" || $0 == "\n" }
    }
}
