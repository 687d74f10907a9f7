/// The shape a file's content has, told from the content itself (not only the name), so the
/// right reader gets it and an operator sees what was detected.
public enum ArticleFormat: String, Sendable, CaseIterable {
    case plainText = "text"
    case markdown
    case html
    case json
}
