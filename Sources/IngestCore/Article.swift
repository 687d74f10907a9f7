/// An article as ingestd understands it: what a reader wants back out of a saved page.
///
/// Every field but `body` is optional: `nil` means the file does not state it, and it is
/// stored as JSON `null` rather than guessed.
public struct Article: Equatable, Sendable {
    public var title: String?
    public var author: String?
    public var published: CalendarDate?
    /// The article text, paragraphs separated by one blank line, page furniture removed.
    public var body: String

    public init(title: String?, author: String?, published: CalendarDate?, body: String) {
        self.title = title
        self.author = author
        self.published = published
        self.body = body
    }
}
