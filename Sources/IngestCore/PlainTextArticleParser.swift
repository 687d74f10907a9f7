/// Reads articles saved as plain text, the way people copy them out of a browser: a title
/// first, sometimes a byline or a dateline around it, the body in paragraphs, and whatever the
/// page had below (a signature, an author bio, a comment form) at the end.
public struct PlainTextArticleParser: Sendable {
    /// How many paragraphs at each end may be header or trailer material.
    private let headerLimit = 4
    private let trailerLimit = 10
    /// How many paragraphs at the end may be a comment section.
    private let commentSearchLimit = 60

    public init() {}

    public func parse(_ normalizedText: String) -> Article {
        // Every paragraph stays a slice of `normalizedText` (the header and trailer steps only
        // take paragraphs off the ends, or the start off the first): the body is then copied
        // once, at the end.
        var paragraphs = Paragraphs.of(normalizedText)
        var header = Header()
        readHeader(&paragraphs, into: &header)
        cutComments(&paragraphs)
        let trailerAuthors = stripTrailer(&paragraphs, knownAuthors: header.authors)
        return Article(
            title: header.title,
            authors: header.authors.isEmpty ? trailerAuthors : header.authors,
            published: header.published,
            body: Self.joined(paragraphs)
        )
    }

    /// The paragraphs with one blank line between each two. They are slices, in order, of one
    /// text, as ``Paragraphs`` cut it; where only a blank line stands between each two of them
    /// (always, in normalized text), the result is the one slice of that text they span.
    private static func joined(_ paragraphs: [Substring]) -> String {
        guard let first = paragraphs.first, let last = paragraphs.last else { return "" }
        let span = first.base[first.startIndex..<last.endIndex]
        let joinedLength = paragraphs.reduce(0) { $0 + $1.utf8.count } + 2 * (paragraphs.count - 1)
        // Between two paragraphs stand two line feeds or more: only two each if the lengths add up.
        guard span.utf8.count == joinedLength else { return paragraphs.joined(separator: "\n\n") }
        return String(span)
    }

    private struct Header {
        var title: String?
        var authors: [String] = []
        /// A byline was read (perhaps one naming only an organisation): no second one is looked for.
        var sawByline = false
        var published: CalendarDate?
    }

    /// Datelines and bylines may stand before or after the title; a bare name may stand
    /// before it; a `date 2023-08-11` label may open the first paragraph. A browser copy may
    /// bring the page's navigation ("Skip to main content", a menu) above it all.
    private func readHeader(_ paragraphs: inout [Substring], into header: inout Header) {
        takeDatelinesAndBylines(&paragraphs, into: &header, afterTitle: false)
        if !header.sawByline, paragraphs.count >= 3, isNameLine(paragraphs[0]), isTitleLike(paragraphs[1]),
            Byline.authors(in: paragraphs[1]) == nil, !isNameLine(paragraphs[1])
        {
            header.authors = [String(paragraphs.removeFirst())]
            header.sawByline = true
        }
        if paragraphs.count >= 2, isTitleLike(paragraphs[0]) {
            header.title = String(paragraphs.removeFirst())
            takeDatelinesAndBylines(&paragraphs, into: &header, afterTitle: true)
        }
        if header.published == nil, let first = paragraphs.first, mayOpenWithLabel(first),
            case let copy = String(first), let (date, remainder) = DateText.leadingLabel(copy)
        {
            header.published = date
            // The same cut in the paragraph itself, so that it stays a slice of the text.
            let cut = copy.utf8.distance(from: copy.startIndex, to: remainder.startIndex)
            paragraphs[0] = first[first.utf8.index(first.startIndex, offsetBy: cut)...]
        }
    }

    /// Whether a paragraph may open with a date label ("date", "published", "posted", in any
    /// case): a letter other than D or P at the start rules it out without reading further.
    private func mayOpenWithLabel(_ paragraph: Substring) -> Bool {
        guard let lead = paragraph.utf8.first, lead < 0x80 else { return true }
        return lead | 0x20 == UInt8(ascii: "d") || lead | 0x20 == UInt8(ascii: "p")
    }

    /// Takes the header paragraphs at the top: each of their lines must be a dateline, a
    /// byline or furniture (a paragraph of several lines is read line by line, as in "By Jane
    /// Doe⏎March 3, 2025"). Before the title, a paragraph of short lines is a menu; after it,
    /// a line of bare names is a byline, and a name may have a role line under it.
    private func takeDatelinesAndBylines(_ paragraphs: inout [Substring], into header: inout Header, afterTitle: Bool) {
        for _ in 0..<headerLimit * 2 {
            guard paragraphs.count >= 2, let first = paragraphs.first else { return }
            if ByteSearch.hasNewline(first) {
                guard first.utf8.count <= 600 else { return }
                let lines = first.split(separator: "\n")
                if !afterTitle, isMenu(lines) {
                    paragraphs.removeFirst()
                    continue
                }
                var taken = header
                var role = false
                for line in lines {
                    if readHeaderLine(line, into: &taken, afterTitle: afterTitle) {
                        role = afterTitle && !taken.authors.isEmpty && taken.authors != header.authors
                        continue
                    }
                    // "Kieran Ashby⏎Political Correspondent": a role under the name it follows.
                    guard role, isRoleLine(line) else { return }
                    role = false
                }
                header = taken
            } else if !readHeaderLine(first, into: &header, afterTitle: afterTitle) {
                return
            }
            paragraphs.removeFirst()
        }
    }

    /// Reads one header line into `header`; `false` when it is not one.
    private func readHeaderLine(_ line: Substring, into header: inout Header, afterTitle: Bool) -> Bool {
        if let dateline = DateText.dateline(line) {
            // An "Updated: …" line goes too, but never gives the publication date.
            if header.published == nil, !dateline.isUpdate { header.published = dateline.date }
        } else if DateText.isUndecidableDateline(line) {
            // "03/04/2025": a dateline, but which day it names cannot be known.
        } else if !header.sawByline, let names = Byline.authors(in: line) {
            header.authors = names
            header.sawByline = true
            // "By Jane Doe | March 3, 2025"
            if header.published == nil {
                header.published =
                    ByteSearch.split(line, separator: "|").dropFirst().lazy.compactMap(DateText.parse).first
            }
        } else if afterTitle, !header.sawByline, let names = Byline.bareAuthors(in: line) {
            header.authors = names
            header.sawByline = true
        } else if !PageFurniture.isFurniture(line) {
            return false
        }
        return true
    }

    /// A navigation menu copied with the page: several lines of one to three words, none a
    /// sentence or a date.
    private func isMenu(_ lines: [Substring]) -> Bool {
        lines.count >= 2
            && lines.allSatisfy { line in
                line.utf8.count <= 40 && (1...3).contains(line.split(separator: " ").count)
                    && !line.contains(where: { ".!?:,\"“”".contains($0) }) && DateText.dateline(line) == nil
            }
    }

    /// "Political Correspondent", "Science reporter": a few words, no sentence, no date.
    private func isRoleLine(_ line: Substring) -> Bool {
        line.utf8.count <= 80 && (1...6).contains(line.split(separator: " ").count)
            && !line.contains(where: { ".!?\"“”".contains($0) }) && DateText.dateline(line) == nil
    }

    /// Cuts the comment section ("Leave a Reply", "3 comments", "12 thoughts on …") and all
    /// below it, so that no commenter is taken for an author; and, in the second half of the
    /// text, a list of other articles under a heading ("Related Topics", "More on this story").
    private func cutComments(_ paragraphs: inout [Substring]) {
        let first = max(1, paragraphs.count - commentSearchLimit)
        guard first < paragraphs.count else { return }
        // "Second half" by text, not by paragraph count: a related list is many short lines.
        let total = paragraphs.reduce(0) { $0 + $1.utf8.count }
        var before = paragraphs[..<first].reduce(0) { $0 + $1.utf8.count }
        var opening: Int?
        for index in first..<paragraphs.count {
            let paragraph = paragraphs[index]
            if PageFurniture.opensComments(paragraph) || before * 2 >= total && PageFurniture.endsArticle(paragraph) {
                opening = index
                break
            }
            before += paragraph.utf8.count
        }
        guard let opening else { return }
        paragraphs.removeSubrange(opening...)
    }

    /// Removes signatures, bios, bylines, tag lines and comment furniture from the end;
    /// returns the authors they name, when the names are certain.
    private func stripTrailer(_ paragraphs: inout [Substring], knownAuthors: [String]) -> [String] {
        var signature: String?
        var bioNames: [String] = []
        var byline: [String]?
        for _ in 0..<trailerLimit {
            guard paragraphs.count >= 2, let last = paragraphs.last else { break }
            if let names = Byline.authors(in: last) {
                // "Posted by Jane Doe at 10:15" is a byline before it is furniture.
                if byline == nil, !names.isEmpty { byline = names }
            } else if PageFurniture.isFurniture(last) {
                // dropped
            } else if let name = Byline.bioSubject(last) {
                if !bioNames.contains(name) { bioNames.insert(name, at: 0) }
            } else if Byline.isBio(last, of: knownAuthors + signatureAbove(last: paragraphs.count - 1, in: paragraphs))
            {
                // "Jane Doe chairs the parish council." under her article or her signature
            } else if PersonName.isName(last) {
                signature = String(last)
            } else if isTagLine(last) {
                // "MEK Iran", "Politics, World": category and tag lists
            } else {
                break
            }
            paragraphs.removeLast()
        }
        return byline ?? signature.map { [$0] } ?? bioNames
    }

    /// The signature line just above paragraph `index`, if there is one.
    private func signatureAbove(last index: Int, in paragraphs: [Substring]) -> [String] {
        guard index >= 1, PersonName.isName(paragraphs[index - 1]) else { return [] }
        return [String(paragraphs[index - 1])]
    }

    /// A name standing alone above a title: two or three words, since a title-cased
    /// headline of four words looks like a name too.
    private func isNameLine(_ paragraph: Substring) -> Bool {
        PersonName.isName(paragraph) && paragraph.split(separator: " ").count <= 3
    }

    /// One short line that reads like a headline, not a sentence of the body.
    private func isTitleLike(_ paragraph: Substring) -> Bool {
        guard paragraph.utf8.count <= 1_000, !ByteSearch.hasNewline(paragraph) else { return false }
        // An ASCII line has as many characters as bytes, and its words are counted on them.
        let asciiWords = ByteSearch.asciiSpaceSeparatedCount(paragraph)
        guard (asciiWords != nil ? paragraph.utf8.count : paragraph.count) <= 250 else { return false }
        let words = asciiWords ?? paragraph.split(separator: " ").count
        guard (1...30).contains(words) else { return false }
        if paragraph.hasSuffix(".") && !paragraph.hasSuffix("...") { return false }
        if paragraph.hasSuffix(",") || paragraph.hasSuffix(":") { return false }
        return DateText.parse(paragraph) == nil && !PageFurniture.isFurniture(paragraph)
    }

    /// A few words with no sentence ending: a tag or category line under an article.
    private func isTagLine(_ paragraph: Substring) -> Bool {
        guard paragraph.utf8.count <= 240, !ByteSearch.hasNewline(paragraph), paragraph.count <= 60 else {
            return false
        }
        guard paragraph.split(separator: " ").count <= 6 else { return false }
        guard let last = paragraph.last else { return false }
        return !".!?\"”’)…:".contains(last)
    }
}
