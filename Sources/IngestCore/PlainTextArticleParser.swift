/// Reads articles saved as plain text, the way people copy them out of a browser: a title
/// first, sometimes a byline or a dateline around it, the body in paragraphs, and whatever the
/// page had below (a signature, an author bio, a comment form) at the end.
public struct PlainTextArticleParser: ArticleParser {
    /// How many paragraphs at each end may be header or trailer material.
    private let headerLimit = 4
    private let trailerLimit = 10

    public init() {}

    public func parse(_ normalizedText: String) -> Article {
        var paragraphs = normalizedText.split(separator: "\n\n").map(String.init)
        var header = Header()
        readHeader(&paragraphs, into: &header)
        let trailerAuthor = stripTrailer(&paragraphs)
        return Article(
            title: header.title,
            author: header.author ?? trailerAuthor,
            published: header.published,
            body: paragraphs.joined(separator: "\n\n")
        )
    }

    private struct Header {
        var title: String?
        var author: String?
        var published: CalendarDate?
    }

    /// Datelines and bylines may stand before or after the title; a bare name may stand
    /// before it; a `date 2023-08-11` label may open the first paragraph.
    private func readHeader(_ paragraphs: inout [String], into header: inout Header) {
        takeDatelinesAndBylines(&paragraphs, into: &header)
        if header.author == nil, paragraphs.count >= 3, isNameLine(paragraphs[0]), isTitleLike(paragraphs[1]),
            Byline.author(in: paragraphs[1]) == nil, !isNameLine(paragraphs[1])
        {
            header.author = paragraphs.removeFirst()
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
            if header.published == nil, let date = DateText.parse(first) {
                header.published = date
            } else if header.author == nil, let name = Byline.author(in: first) {
                header.author = name
            } else if PageFurniture.isFurniture(first) {
                // e.g. a "Home" or "Share" line above the article
            } else {
                return
            }
            paragraphs.removeFirst()
        }
    }

    /// Removes signatures, bios, tag lines and comment furniture from the end; returns the
    /// author they name, when the name is certain.
    private func stripTrailer(_ paragraphs: inout [String]) -> String? {
        var signature: String?
        var bioName: String?
        var byline: String?
        for _ in 0..<trailerLimit {
            guard paragraphs.count >= 2, let last = paragraphs.last else { break }
            if PageFurniture.isFurniture(last) {
                // dropped
            } else if let name = Byline.author(in: last) {
                byline = byline ?? name
            } else if let name = Byline.bioSubject(last) {
                bioName = bioName ?? name
            } else if PersonName.isName(last) {
                signature = last
            } else if isTagLine(last) {
                // "MEK Iran", "Politics, World": category and tag lists
            } else {
                break
            }
            paragraphs.removeLast()
        }
        return byline ?? signature ?? bioName
    }

    /// A name standing alone above a title: two or three words, since a title-cased
    /// headline of four words looks like a name too.
    private func isNameLine(_ paragraph: String) -> Bool {
        PersonName.isName(paragraph) && paragraph.split(separator: " ").count <= 3
    }

    /// One short line that reads like a headline, not a sentence of the body.
    private func isTitleLike(_ paragraph: String) -> Bool {
        guard !paragraph.contains("\n"), paragraph.count <= 250 else { return false }
        let words = paragraph.split(separator: " ").count
        guard (1...30).contains(words) else { return false }
        if paragraph.hasSuffix(".") && !paragraph.hasSuffix("...") { return false }
        if paragraph.hasSuffix(",") || paragraph.hasSuffix(":") { return false }
        return DateText.parse(paragraph) == nil && !PageFurniture.isFurniture(paragraph)
    }

    /// A few words with no sentence ending: a tag or category line under an article.
    private func isTagLine(_ paragraph: String) -> Bool {
        guard !paragraph.contains("\n"), paragraph.count <= 60 else { return false }
        guard paragraph.split(separator: " ").count <= 6 else { return false }
        guard let last = paragraph.last else { return false }
        return !".!?\"”’)…:".contains(last)
    }
}
