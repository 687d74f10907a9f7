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
        "sign up for our newsletter", "this entry was posted", "categories:",
    ]

    /// Whether a whole paragraph is furniture.
    public static func isFurniture(_ paragraph: some StringProtocol) -> Bool {
        let lower = paragraph.lowercased()
        if openings.contains(where: { lower.hasPrefix($0) }) { return true }
        if lower.utf8.count <= 16,
            lower.wholeMatch(of: /\d+ comments?:?|comments?|home|share|print|email|tweet|δ/) != nil
        {
            return true
        }
        return false
    }
}
