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
        "more posts by", "about the author", "share this article",
    ]

    /// Short lines that are a button or a heading of the page, never text.
    private static let wholeLines: Set<String> = [
        "comment", "comments", "comments:", "home", "share", "print", "email", "tweet", "δ", "reply", "advertisement",
    ]

    /// Lines that open the comment section: nothing after them is the article's.
    private static let commentOpenings: [String] = [
        "leave a reply", "leave a comment", "comments are closed", "post a comment", "join the discussion",
        "no comments:", "one response to", "one thought on", "one comment on",
    ]

    /// Whether a whole paragraph is furniture.
    public static func isFurniture(_ paragraph: some StringProtocol) -> Bool {
        // The longest opening is 40 characters: no need to lower-case a whole paragraph.
        let lower = paragraph.prefix(48).lowercased()
        if openings.contains(where: { lower.hasPrefix($0) }) { return true }
        return paragraph.utf8.count <= 16 && (wholeLines.contains(lower) || isCommentCount(lower))
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

    /// "3 comments", "1 comment:".
    private static func isCommentCount(_ lower: String) -> Bool {
        let words = lower.split(separator: " ")
        return words.count == 2 && isCount(words[0])
            && ["comment", "comments", "comment:", "comments:"].contains(words[1])
    }

    private static func isCount(_ word: Substring) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }
}
