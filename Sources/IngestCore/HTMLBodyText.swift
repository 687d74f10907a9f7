/// The article text of an HTML page: the paragraphs (`<p>`, headings, list items, block
/// quotes, preformatted text) under the page's body element, with the page furniture left out.
///
/// Removed by element: scripts, navigation, headers, footers, asides, forms, figures and their
/// captions (a caption describes a picture the store does not keep), hidden elements. Removed
/// by class or id: share and subscribe blocks, related posts, comments, author bios, bylines
/// and post meta, cookie notices, advertising. Then ``PageFurniture``'s line rules, the title
/// and dateline repeated at the top, and a comment section or related list at the end.
enum HTMLBodyText {
    private static let removedElements: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe", "figure", "figcaption",
        "button", "input", "select", "label", "svg", "template", "dialog", "menu", "head", "title", "meta", "link",
        "object", "embed", "video", "audio", "canvas", "map", "img", "picture", "source",
    ]

    private static let furnitureWords: Set<Substring> = [
        "share", "sharing", "social", "sharedaddy", "sharethis", "addtoany", "subscribe", "subscription",
        "newsletter", "signup", "related", "relatedposts", "yarpp", "comment", "comments", "respond", "disqus",
        "cookie", "cookies", "consent", "gdpr", "breadcrumb", "breadcrumbs", "sidebar", "widget", "promo", "advert",
        "advertisement", "ad", "ads", "adsbygoogle", "sponsored", "popup", "modal", "pagination", "navigation", "nav",
        "bio", "byline", "author", "meta", "tags", "categories", "caption", "outbrain", "taboola", "mc4wp", "toolbar",
        "dateline", "timestamp", "footer", "masthead",
    ]

    /// Whole class names of text only screen readers get (`hidden-xs` and the like only hide
    /// on some screens, so words are not enough here).
    private static let hiddenClassNames: Set<Substring> = [
        "hidden", "sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden", "screen-reader-only",
    ]

    /// Paragraph openings after which a page has only comments and links left. In the second
    /// half of the text they end the article; earlier, only that paragraph goes.
    private static let endings = [
        "leave a reply", "leave a comment", "no comments:", "post a comment", "comments are closed",
        "your email address will not be published", "related posts", "related articles", "you may also like",
        "share this:", "like this:", "more from", "recommended for you", "responses (", "what are your thoughts",
    ]

    static func paragraphs(of page: HTMLPage, title: String?) -> [String] {
        let document = page.document
        let nodes = document.nodes
        var builder = ParagraphBuilder()
        var openBlocks: [Int] = []
        var preformattedEnd = -1
        var index = page.container + 1
        let stop = nodes[page.container].end
        while index < stop {
            while let end = openBlocks.last, end <= index {
                openBlocks.removeLast()
                builder.endParagraph()
            }
            let node = nodes[index]
            if node.isText {
                builder.append(node.text, preformatted: index < preformattedEnd)
                index += 1
                continue
            }
            if isFurniture(index, in: document) {
                index = node.end
                continue
            }
            if node.name == "br" {
                builder.lineBreak()
            } else if HTMLDocument.blockElements.contains(node.name) {
                builder.endParagraph()
                openBlocks.append(node.end)
                if node.name == "pre" { preformattedEnd = node.end }
            }
            index += 1
        }
        builder.endParagraph()
        return cleaned(builder.paragraphs, title: title)
    }

    private static func isFurniture(_ index: Int, in document: HTMLDocument) -> Bool {
        let node = document.nodes[index]
        if removedElements.contains(node.name) { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if document.classNames(of: index).contains(where: hiddenClassNames.contains) { return true }
        return HTMLPage.zoneWords(index, in: document).contains { furnitureWords.contains($0) }
    }

    /// "642", "1.2K": a count of claps or likes standing alone.
    private static func isCount(_ paragraph: String) -> Bool {
        guard (1...8).contains(paragraph.utf8.count), paragraph.utf8.first.map({ (0x30...0x39).contains($0) }) == true
        else { return false }
        return paragraph.utf8.allSatisfy {
            (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x2C || $0 == 0x4B || $0 == 0x4D
        }
    }

    /// "3.4K Followers", "812 followers": the author card under a post, and all after it.
    private static func isFollowerCount(_ lower: String) -> Bool {
        let words = lower.split(separator: " ")
        return words.count == 2
            && ["followers", "follower", "abonnés", "seguidores", "follower:innen"].contains(words[1])
            && isCount(String(words[0]).uppercased())
    }

    /// One to three words with no sentence mark: a tag or topic link.
    private static func isTagLine(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= 32, !ByteSearch.hasNewline(paragraph) else { return false }
        return (1...3).contains(paragraph.split(separator: " ").count)
            && !paragraph.contains(where: { ".!?:;,\"“”«»)".contains($0) })
    }

    private static func cleaned(_ raw: [String], title: String?) -> [String] {
        var paragraphs = raw.map(TextNormalizer.normalize).filter { !$0.isEmpty }
        let title = title.map { $0.lowercased() }
        for _ in 0..<6 {
            guard let first = paragraphs.first, paragraphs.count > 1 else { break }
            let lower = first.lowercased()
            // A byline as a bare name, "4 min read" (with the date run on), a count of claps.
            let isHeader =
                lower == title || DateText.parse(first) != nil || PageFurniture.isFurniture(first)
                || (lower.hasPrefix("by ") && !AuthorList.names(in: first).isEmpty)
                || (first.utf8.count <= 80 && ByteSearch.firstRange(of: " min read", in: lower[...]) != nil)
                || (lower.hasPrefix("updated") && first.utf8.count <= 80) || PersonName.isName(first)
                || isCount(first)
            guard isHeader else { break }
            paragraphs.removeFirst()
        }
        if let ending = paragraphs.indices.first(where: { index in
            guard paragraphs[index].utf8.count <= 200 else { return false }
            let lower = paragraphs[index].lowercased()
            return endings.contains(where: lower.hasPrefix) || isFollowerCount(lower)
        }) {
            // The second half by text, not by count: links under an article are many short lines.
            let before = paragraphs[..<ending].reduce(0) { $0 + $1.utf8.count }
            let total = paragraphs.reduce(0) { $0 + $1.utf8.count }
            if (ending >= paragraphs.count / 2 || before * 2 >= total) && ending > 0 {
                paragraphs.removeSubrange(ending...)
            } else {
                paragraphs.remove(at: ending)
            }
        }
        paragraphs.removeAll { PageFurniture.isFurniture($0) }
        // Topic tags under the text ("Water", "Rural Life"): a few words, no sentence.
        for _ in 0..<6 {
            guard paragraphs.count > 1, let last = paragraphs.last, isTagLine(last) else { break }
            paragraphs.removeLast()
        }
        for _ in 0..<3 {
            guard paragraphs.count > 1, let last = paragraphs.last else { break }
            let isSignature =
                Byline.bioSubject(last) != nil || PersonName.isName(last)
                || (last.lowercased().hasPrefix("by ") && !AuthorList.names(in: last).isEmpty)
            guard isSignature else { break }
            paragraphs.removeLast()
        }
        return paragraphs
    }
}

/// Gathers text into paragraphs: white space collapsed as a browser shows it, one `<br>` a
/// line break, two a new paragraph.
private struct ParagraphBuilder {
    private(set) var paragraphs: [String] = []
    private var current = String.UnicodeScalarView()
    private var pendingSpace = false
    private var breaks = 0

    mutating func append(_ text: String, preformatted: Bool) {
        for scalar in text.unicodeScalars {
            if preformatted && scalar == "\n" {
                lineBreak()
            } else if scalar.properties.isWhitespace {
                pendingSpace = !current.isEmpty && breaks == 0
            } else {
                if pendingSpace { current.append(" ") }
                pendingSpace = false
                breaks = 0
                current.append(scalar)
            }
        }
    }

    mutating func lineBreak() {
        if breaks >= 1 {
            endParagraph()
            return
        }
        if !current.isEmpty {
            current.append("\n")
            breaks = 1
        }
        pendingSpace = false
    }

    mutating func endParagraph() {
        let text = String(current)
        if !text.isEmpty { paragraphs.append(text) }
        current.removeAll(keepingCapacity: true)
        pendingSpace = false
        breaks = 0
    }
}
