/// Finds the direct quotations in an article's body and who said them, and when.
///
/// Quotations are “…”, "…", « … », „…“ and »…«, across sentences; one to three words in marks
/// are scare quotes and titles of works are not quotations. The speaker comes from the words
/// around: "X said, “…”", "“…,” said X", "“…,” X told reporters", "according to X", a colon
/// lead-in, the sentence before; a surname is given the full name the article gave earlier
/// and titles are left out. The date is the calendar date the paragraph gives before the
/// quotation (or its sentence after it), as written, with the year from the text or, failing
/// that, from the publication date.
public enum QuoteExtractor {
    /// Quotations shorter than this many words are scare quotes.
    static let minimumWords = 4

    public static func quotes(in body: String, published: CalendarDate?) -> [Quote] {
        guard var mark = firstOpeningMark(in: body, from: 0) else { return [] }
        let paragraphs = Paragraphs.of(body)
        let article = QuotedArticle(paragraphs)
        var reader = Reader(article: article, published: published)
        // A paragraph without an opening mark has no quotation to read (it is read only if
        // the paragraph after it or the names need it). The marks are found in one pass over
        // the body, which goes on after each paragraph that holds one: a mark is never a
        // newline, so it stands inside the paragraph it is found in.
        let utf8 = body.utf8
        for (number, paragraph) in paragraphs.enumerated() {
            let end = utf8.distance(from: utf8.startIndex, to: paragraph.endIndex)
            guard mark < end else { continue }
            reader.read(paragraph: number)
            guard let next = firstOpeningMark(in: body, from: end) else { break }
            mark = next
        }
        return reader.quotes
    }

    /// Whether `body` has an opening quotation mark (`"` “ „ « ») at all: most of the cost is
    /// skipped when not. The marks are matched by their whole UTF-8 sequence, since the lead
    /// bytes alone (E2, C2) also start dashes, curly apostrophes and the euro sign, which most
    /// texts have.
    static func mayHoldQuotes(_ body: some StringProtocol) -> Bool {
        firstOpeningMark(in: body, from: 0) != nil
    }

    /// The UTF-8 offset of the first opening quotation mark in `body` from offset `start` on.
    static func firstOpeningMark(in body: some StringProtocol, from start: Int) -> Int? {
        body.utf8.withContiguousStorageIfAvailable { firstOpeningMark(in: $0, from: start) }
            ?? Array(body.utf8).withUnsafeBufferPointer { firstOpeningMark(in: $0, from: start) }
    }

    /// Every byte of an opening mark is `"` or at least 0x80: blocks of 8 bytes with neither
    /// are passed over whole (``QuoteSpan/skippingMarklessBlocks(from:in:)``).
    private static func firstOpeningMark(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            index = QuoteSpan.skippingMarklessBlocks(from: index, in: bytes)
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case 0x22: return index
            case 0xE2:  // “ „
                if index + 2 < bytes.count, bytes[index + 1] == 0x80,
                    bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9E
                {
                    return index
                }
            case 0xC2:  // « »
                if index + 1 < bytes.count, bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB { return index }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The calendar dates that `tokens` mention outside quotations (`quoted`): what
    /// ``DateText/mentions(in:)`` finds in the unquoted tokens, searched from where a
    /// mention can first start.
    ///
    /// Every date mention holds a day of the month (a number of one or two digits, 1 to 31,
    /// as ``DateText`` reads one) at most four tokens after its first ("2024-09-22"), so
    /// before the fourth unquoted token ahead of the first such number the search finds
    /// nothing and only steps on: it starts there, and without such a number not at all.
    static func dateMentions(in tokens: [TextToken], quoted: [Bool]) -> [DateText.Mention] {
        guard
            let firstDay = tokens.indices.first(where: {
                !quoted[$0] && tokens[$0].isNumber && tokens[$0].utf8Count <= 2 && (1...31).contains(tokens[$0].value)
            })
        else { return [] }
        var start = firstDay
        var stepped = 0
        while stepped < 4, start > 0 {
            start -= 1
            if !quoted[start] { stepped += 1 }
        }
        var unquoted: [Int] = []
        unquoted.reserveCapacity(tokens.count - start)
        for index in start..<tokens.count where !quoted[index] { unquoted.append(index) }
        return DateText.mentions(in: TokenSelection(tokens: tokens, positions: unquoted))
    }

    /// Goes through the paragraphs in order, remembering the last speaker.
    private struct Reader {
        let article: QuotedArticle
        let published: CalendarDate?
        var quotes: [Quote] = []
        /// The last quotation's speaker, when it is a person's name.
        var lastPerson: String?
        /// The last quotation that ran on past its paragraph's end, and its speaker.
        var runOn: (paragraph: Int, speaker: String?)?

        mutating func read(paragraph number: Int) {
            let paragraph = article[number]
            var dates: [DateText.Mention]?
            var spoken: [(tokens: Range<Int>, speaker: String?)] = []
            for (spanNumber, span) in paragraph.spans.enumerated() {
                let tokens = paragraph.spanTokens[spanNumber]
                guard tokens.lowerBound < paragraph.tokens.count else { continue }
                let innerEnd = span.isClosed ? max(tokens.lowerBound + 1, tokens.upperBound - 1) : tokens.upperBound
                let inner = (tokens.lowerBound + 1)..<innerEnd
                guard isQuotation(paragraph, inner: inner, opener: tokens.lowerBound) else { continue }
                let clue = attribution(of: tokens, in: paragraph, number: number, earlier: spoken)
                let speaker = clue.flatMap { resolve($0, paragraph: number) }
                let text = String(TextToken.slice(paragraph.text, span.content))
                spoken.append((tokens, speaker))
                if !span.isClosed { runOn = (number, speaker) }
                // A fragment woven into a sentence is a quotation only when someone said it.
                guard speaker != nil || text.first?.isUppercase == true else { continue }
                if dates == nil { dates = dateMentions(in: paragraph) }
                let saidOn = date(for: tokens, in: paragraph, mentions: dates ?? [])
                switch clue {
                case .name?, .pronoun?: lastPerson = speaker ?? lastPerson
                default: break
                }
                quotes.append(Quote(speaker: speaker, saidOn: saidOn, text: text))
            }
        }

        /// Not a scare quote ("dozens"), not a title of a work ("The Art of War").
        private func isQuotation(_ paragraph: QuotedParagraph, inner: Range<Int>, opener: Int) -> Bool {
            let tokens = paragraph.tokens
            // The words (and numbers) inside the marks, counted rather than gathered.
            var words = 0
            var firstWord: Int?
            var longWords = 0
            var longAllNamesOrNumbers = true
            for index in inner where tokens[index].kind != .mark {
                words += 1
                firstWord = firstWord ?? index
                if tokens[index].utf8Count >= 4 {
                    longWords += 1
                    longAllNamesOrNumbers =
                        longAllNamesOrNumbers && (tokens[index].isCapitalized || tokens[index].isNumber)
                }
            }
            guard
                words >= QuoteExtractor.minimumWords
                    || isShortSentence(paragraph, words: words, firstWord: firstWord, inner: inner, opener: opener)
            else { return false }
            guard words <= 12 else { return true }
            if let last = inner.last, tokens[last].isMark(in: ".!?…,;:") { return true }
            if longWords >= 2, longAllNamesOrNumbers { return false }
            if opener > 0, tokens[opener - 1].isWord, Self.titleWords.contains(tokens[opener - 1].key) {
                return false
            }
            return true
        }

        /// “The kids answered.”: two or three words, but a sentence of its own (a capital, a
        /// full stop inside the marks, the quotation opening its sentence), never a scare quote.
        private func isShortSentence(
            _ paragraph: QuotedParagraph, words: Int, firstWord: Int?, inner: Range<Int>, opener: Int
        ) -> Bool {
            guard words >= 2, let firstWord, paragraph.tokens[firstWord].isCapitalized,
                let last = inner.last, paragraph.tokens[last].isMark(in: ".!?")
            else { return false }
            return paragraph.sentenceStart[opener] == opener
        }

        private static let titleWords = WordSet(words: [
            "titled", "entitled", "headlined", "dubbed", "called", "named", "intitulé", "intitulée", "titulado",
            "titulada", "titel", "betitelt",
        ])

        /// Who the words around the quotation at `tokens` say spoke.
        private func attribution(
            of tokens: Range<Int>, in paragraph: QuotedParagraph, number: Int,
            earlier: [(tokens: Range<Int>, speaker: String?)]
        ) -> QuotedParagraph.Clue? {
            let open = tokens.lowerBound
            let sentence = paragraph.sentenceStart[open]
            let lead = sentence..<open
            var trailEnd = tokens.upperBound
            while trailEnd < paragraph.tokens.count, !paragraph.quoted[trailEnd] {
                trailEnd += 1
                if trailEnd == paragraph.tokens.count || paragraph.sentenceStart[trailEnd] == trailEnd { break }
            }
            let trail = tokens.upperBound..<trailEnd
            // "X said, “…”" first, then "“…,” said X", then a verb further back in the sentence.
            if let clue = paragraph.leadIn(lead, verbWindow: 4, article: article, paragraph: number)
                ?? paragraph.trail(trail, article: article, paragraph: number)
                ?? paragraph.leadIn(lead, verbWindow: 16, article: article, paragraph: number)
            {
                return clue
            }
            guard lead.allSatisfy({ paragraph.quoted[$0] }) else { return nil }
            // The quotation opens its sentence: the sentence before may say who speaks.
            if sentence > 0 {
                let previous = paragraph.sentenceStart[sentence - 1]..<sentence
                if let quoted = earlier.last(where: { $0.tokens.upperBound > previous.lowerBound }) {
                    return quoted.speaker.map { .name($0) }
                }
                return paragraph.leadIn(previous, verbWindow: previous.count, article: article, paragraph: number)
            }
            // The quotation opens its paragraph: after "X said:" or a quotation running on.
            guard number > 0 else { return nil }
            if let runOn, runOn.paragraph == number - 1 { return runOn.speaker.map { .name($0) } }
            let before = article[number - 1]
            guard let last = before.tokens.indices.last, before.tokens[last].isMark(":") else { return nil }
            let sentenceBefore = before.sentenceStart[last]..<(last + 1)
            guard let clue = before.leadIn(sentenceBefore, verbWindow: 40, article: article, paragraph: number - 1)
            else {
                return nil
            }
            if case .pronoun(let token) = clue {
                return article.names.lastMention(inParagraph: number - 1, before: token).map { .name($0) }
            }
            return clue
        }

        private func resolve(_ clue: QuotedParagraph.Clue, paragraph: Int) -> String? {
            switch clue {
            case .name(let name): name
            case .description(let description): description
            case .pronoun(let token):
                article.names.lastMention(inParagraph: paragraph, before: token) ?? lastPerson
                    ?? article.names.lastMention(beforeParagraph: paragraph)
            }
        }

        /// The calendar dates the paragraph gives outside its quotations.
        private func dateMentions(in paragraph: QuotedParagraph) -> [DateText.Mention] {
            QuoteExtractor.dateMentions(in: paragraph.tokens, quoted: paragraph.quoted)
        }

        /// The last date before the quotation in its paragraph, else the first in the rest of
        /// its sentence.
        private func date(for tokens: Range<Int>, in paragraph: QuotedParagraph, mentions: [DateText.Mention])
            -> Quote.SaidOn?
        {
            let opener = paragraph.tokens[tokens.lowerBound].range.lowerBound
            var chosen = mentions.last { $0.range.upperBound <= opener }
            if chosen == nil, tokens.upperBound < paragraph.tokens.count {
                let after = paragraph.tokens[tokens.upperBound].range.lowerBound
                var sentenceEnd = paragraph.text.utf8.count
                if let end = (tokens.upperBound..<paragraph.tokens.count).first(where: {
                    $0 + 1 < paragraph.tokens.count && paragraph.sentenceStart[$0 + 1] == $0 + 1
                }) {
                    sentenceEnd = paragraph.tokens[end].range.upperBound
                }
                chosen = mentions.first { $0.range.lowerBound >= after && $0.range.upperBound <= sentenceEnd }
            }
            guard let mention = chosen else { return nil }
            return Quote.SaidOn(
                text: String(TextToken.slice(paragraph.text, mention.range)), date: calendarDate(mention))
        }

        /// The day a mention names: its own year, or the publication year (the year before,
        /// when the day comes after the publication day in the calendar).
        private func calendarDate(_ mention: DateText.Mention) -> CalendarDate? {
            if let year = mention.year { return CalendarDate(year: year, month: mention.month, day: mention.day) }
            guard let published else { return nil }
            let later = (mention.month, mention.day) > (published.month, published.day)
            return CalendarDate(year: published.year - (later ? 1 : 0), month: mention.month, day: mention.day)
        }
    }
}
