/// A direct quotation in an article, with who said it and when the article says it was said.
///
/// This is what people search the store for: "what did X say, and when".
public struct Quote: Equatable, Sendable {
    /// The named person (the full name, even where the quote's own sentence gives only the
    /// surname) or the description the article gives ("a senior official"), or `nil`.
    public var speaker: String?
    /// When it was said, as the article states it.
    public var saidOn: SaidOn?
    /// The quoted words, without the quotation marks.
    public var text: String

    public init(speaker: String?, saidOn: SaidOn? = nil, text: String) {
        self.speaker = speaker
        self.saidOn = saidOn
        self.text = text
    }

    /// A date as the article writes it next to a quotation (`September 22`), and the calendar
    /// day when the year follows from the text or from the article's own date.
    public struct SaidOn: Equatable, Sendable {
        public var text: String
        public var date: CalendarDate?

        public init(text: String, date: CalendarDate?) {
            self.text = text
            self.date = date
        }
    }
}
