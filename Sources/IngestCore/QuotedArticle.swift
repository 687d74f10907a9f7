/// An article's paragraphs as the quotation pass reads them: each paragraph is read (tokens,
/// quotations, sentences) the first time it is asked for, and the names the article gives are
/// gathered the first time a name is looked up.
///
/// Most paragraphs hold no quotation mark and most quotations name their speaker in full
/// ("said Ann Lee"), so an article often needs neither every paragraph read nor its names
/// gathered. What is built is what the eager pass built, so the result cannot differ.
/// A reference type for one extraction on one thread: the lazily read parts are filled in
/// place, under the `QuotedParagraph` methods that take it.
final class QuotedArticle {
    /// The paragraphs' text, in order.
    let texts: [Substring]
    private var read: [QuotedParagraph?]
    private var registry: NameRegistry?

    init(_ texts: [Substring]) {
        self.texts = texts
        read = Array(repeating: nil, count: texts.count)
    }

    var indices: Range<Int> { texts.indices }

    /// Paragraph `number`, read on first use.
    subscript(number: Int) -> QuotedParagraph {
        if let paragraph = read[number] { return paragraph }
        let paragraph = QuotedParagraph(texts[number])
        read[number] = paragraph
        return paragraph
    }

    /// The people the whole article names, gathered on the first look-up (every paragraph is
    /// read for it then).
    var names: NameRegistry {
        if let registry { return registry }
        let built = NameRegistry(indices.map { self[$0] })
        registry = built
        return built
    }
}
