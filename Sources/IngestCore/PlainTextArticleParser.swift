/// Reads articles saved as plain text, the way people copy them out of a browser: a title
/// first, sometimes a byline or a dateline around it, the body in paragraphs, and whatever the
/// page had below (a signature, an author bio, a comment form) at the end.
public struct PlainTextArticleParser: ArticleParser {
    /// How many paragraphs at each end may be header or trailer material.
    private let headerLimit = 4
    private let trailerLimit = 10
    /// How many paragraphs at the end may be a comment section.
    private let commentSearchLimit = 60

    public init() {}

    public func parse(_ normalizedText: String) -> Article {
        var paragraphs = Paragraphs.of(normalizedText).map(String.init)
        var header = Header()
        readHeader(&paragraphs, into: &header)
        cutComments(&paragraphs)
        let trailerAuthors = stripTrailer(&paragraphs)
        return Article(
            title: header.title,
            authors: header.authors.isEmpty ? trailerAuthors : header.authors,
            published: header.published,
            body: paragraphs.joined(separator: "\n\n")
        )
    }

    private struct Header {
        var title: String?
        var authors: [String] = []
        /// A byline was read (perhaps one naming only an organisation): no second one is looked for.
        var sawByline = false
        var published: CalendarDate?
    }

    /// Datelines and bylines may stand before or after the title; a bare name may stand
    /// before it; a `date 2023-08-11` label may open the first paragraph.
    private func readHeader(_ paragraphs: inout [String], into header: inout Header) {
        takeDatelinesAndBylines(&paragraphs, into: &header)
        if !header.sawByline, paragraphs.count >= 3, isNameLine(paragraphs[0]), isTitleLike(paragraphs[1]),
            Byline.authors(in: paragraphs[1]) == nil, !isNameLine(paragraphs[1])
        {
            header.authors = [paragraphs.removeFirst()]
            header.sawByline = true
        }
        if paragraphs.count >= 2, isTitleLike(paragraphs[0]) {
            header.title = paragraphs.removeFirst()
            takeDatelinesAndBylines(&paragraphs, into: &header)
        }
        if header.published == nil, let first = paragraphs.first,
            let (date, remainder) = DateText.leadingLabel(first)
        {
            header.published = date
            paragraphs[0] = String(remainder)
        }
    }

    private func takeDatelinesAndBylines(_ paragraphs: inout [String], into header: inout Header) {
        for _ in 0..<headerLimit {
            guard paragraphs.count >= 2, let first = paragraphs.first else { return }
            if let line = DateText.dateline(first) {
                // An "Updated: …" line goes too, but never gives the publication date.
                if header.published == nil, !line.isUpdate { header.published = line.date }
            } else if !header.sawByline, let names = Byline.authors(in: first) {
                header.authors = names
                header.sawByline = true
                // "By Jane Doe | March 3, 2025"
                if header.published == nil {
                    header.published = first.split(separator: "|").dropFirst().lazy.compactMap(DateText.parse).first
                }
            } else if PageFurniture.isFurniture(first) {
                // e.g. a "Home" or "Share" line above the article
            } else {
                return
            }
            paragraphs.removeFirst()
        }
    }

    /// Cuts the comment section ("Leave a Reply", "3 comments", "12 thoughts on …") and all
    /// below it, so that no commenter is taken for an author.
    private func cutComments(_ paragraphs: inout [String]) {
        let first = max(1, paragraphs.count - commentSearchLimit)
        guard first < paragraphs.count,
            let opening = paragraphs[first...].firstIndex(where: { PageFurniture.opensComments($0) })
        else { return }
        paragraphs.removeSubrange(opening...)
    }

    /// Removes signatures, bios, bylines, tag lines and comment furniture from the end;
    /// returns the authors they name, when the names are certain.
    private func stripTrailer(_ paragraphs: inout [String]) -> [String] {
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
            } else if PersonName.isName(last) {
                signature = last
            } else if isTagLine(last) {
                // "MEK Iran", "Politics, World": category and tag lists
            } else {
                break
            }
            paragraphs.removeLast()
        }
        return byline ?? signature.map { [$0] } ?? bioNames
    }

    /// A name standing alone above a title: two or three words, since a title-cased
    /// headline of four words looks like a name too.
    private func isNameLine(_ paragraph: String) -> Bool {
        PersonName.isName(paragraph) && paragraph.split(separator: " ").count <= 3
    }

    /// One short line that reads like a headline, not a sentence of the body.
    private func isTitleLike(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= 1_000, !ByteSearch.hasNewline(paragraph), paragraph.count <= 250 else {
            return false
        }
        let words = paragraph.split(separator: " ").count
        guard (1...30).contains(words) else { return false }
        if paragraph.hasSuffix(".") && !paragraph.hasSuffix("...") { return false }
        if paragraph.hasSuffix(",") || paragraph.hasSuffix(":") { return false }
        return DateText.parse(paragraph) == nil && !PageFurniture.isFurniture(paragraph)
    }

    /// A few words with no sentence ending: a tag or category line under an article.
    private func isTagLine(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= 240, !ByteSearch.hasNewline(paragraph), paragraph.count <= 60 else {
            return false
        }
        guard paragraph.split(separator: " ").count <= 6 else { return false }
        guard let last = paragraph.last else { return false }
        return !".!?\"”’)…:".contains(last)
    }
}
