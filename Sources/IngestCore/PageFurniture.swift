/// The text that sites wrap around an article (comment forms, share bars, tag lists,
/// "No comments:") and that must never reach the stored body.
public enum PageFurniture {
    private static let openings: [String] = [
        "leave a reply", "leave a comment", "your email address will not be published",
        "required fields are marked", "no comments:", "post a comment", "cancel reply",
        "save my name, email", "share this:", "like this:", "related posts", "related articles",
        "you may also like", "read more:", "tags:", "labels:", "filed under", "posted in",
        "posted by", "previous article", "next article", "newer post", "older post",
        "subscribe to:", "share on facebook", "click to share", "comments are closed",
        "sign up for our newsletter", "this entry was posted", "categories:", "view all posts by",
        "more posts by", "about the author", "share this article", "skip to main content", "skip to content",
        "skip to navigation", "partager cet article", "partager sur", "artikel teilen", "teilen auf",
        "compartir este artículo", "compartir en",
    ]

    private static let openingLeads = LeadLetters(openings)
    private static let openingPrefixes = LowercasedPrefix(openings)

    /// Short lines that are a button or a heading of the page, never text.
    private static let wholeLines: Set<String> = [
        "comment", "comments", "comments:", "home", "share", "print", "email", "tweet", "δ", "reply", "advertisement",
        "partager", "teilen", "compartir", "anzeige", "publicité", "publicidad",
    ]

    /// Headings under an article after which a page lists other articles: nothing after them is
    /// the article's. Matched as whole lines only, since a sentence may begin the same way.
    private static let listHeadings: Set<String> = [
        "related topics", "related stories", "related", "more on this story", "more stories", "most read",
        "read next", "read more", "you might also like", "you may also like", "more from this author",
        "sur le même sujet", "à lire aussi", "lire aussi", "mehr zum thema", "das könnte sie auch interessieren",
        "noticias relacionadas", "te puede interesar", "más noticias",
    ]

    /// Lines that open the comment section: nothing after them is the article's.
    private static let commentOpenings: [String] = [
        "leave a reply", "leave a comment", "comments are closed", "post a comment", "join the discussion",
        "no comments:", "one response to", "one thought on", "one comment on",
    ]

    /// Whether a whole paragraph is furniture.
    public static func isFurniture(_ paragraph: some StringProtocol) -> Bool {
        // Most paragraphs are long and open with a letter no opening does: nothing to lower-case.
        if paragraph.utf8.count > 24 && !openingLeads.mayOpen(paragraph) { return false }
        // A long paragraph is furniture only by its opening, which its first bytes often decide.
        if paragraph.utf8.count > 24 {
            switch openingPrefixes.match(paragraph) {
            case .phrase: return true
            case .noMatch: return false
            case .undecided: break
            }
        }
        // The longest opening is 40 characters: no need to lower-case a whole paragraph.
        let lower = paragraph.prefix(48).lowercased()
        if openings.contains(where: { lower.hasPrefix($0) }) { return true }
        return paragraph.utf8.count <= 24 && (wholeLines.contains(lower) || isCommentCount(lower))
    }

    /// Whether a paragraph ends the article: the comment section opens (see
    /// ``opensComments(_:)``) or a list of other articles does ("Related Topics").
    public static func endsArticle(_ paragraph: some StringProtocol) -> Bool {
        if paragraph.utf8.count <= 48 {
            var lower = paragraph.lowercased()
            while let last = lower.last, last == ":" || last == " " { lower.removeLast() }
            if listHeadings.contains(lower) { return true }
        }
        return opensComments(paragraph)
    }

    /// Whether a paragraph opens the comment section under an article ("Leave a Reply",
    /// "3 comments", "12 thoughts on “…”"): the names below it are commenters', not authors'.
    public static func opensComments(_ paragraph: some StringProtocol) -> Bool {
        guard paragraph.utf8.count <= 200 else { return false }
        let lower = paragraph.lowercased()
        if commentOpenings.contains(where: { lower.hasPrefix($0) }) { return true }
        if lower == "comments" || lower == "comments:" || isCommentCount(lower) { return true }
        // "12 thoughts on “Title”", "3 responses to “Title”"
        let words = lower.split(separator: " ", maxSplits: 2)
        return words.count == 3 && isCount(words[0])
            && ["thoughts", "responses", "comments", "replies"].contains(words[1])
            && (words[2].hasPrefix("on ") || words[2].hasPrefix("to "))
    }

    /// "3 comments", "1 comment:", "Comments (14)".
    private static func isCommentCount(_ lower: String) -> Bool {
        let words = lower.split(separator: " ")
        if words.count == 2, ["comments", "comment", "commentaires", "kommentare", "comentarios"].contains(words[0]),
            words[1].hasPrefix("("), words[1].hasSuffix(")"), isCount(words[1].dropFirst().dropLast())
        {
            return true
        }
        return words.count == 2 && isCount(words[0])
            && ["comment", "comments", "comment:", "comments:"].contains(words[1])
    }

    private static func isCount(_ word: Substring) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }
}
