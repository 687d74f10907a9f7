/// Finds the direct quotations in an article's body and who said them.
public enum QuoteExtractor {
    public static func quotes(in body: String, published: CalendarDate?) -> [Quote] { [] }
}
