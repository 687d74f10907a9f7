/// One paragraph of an article read for its quotations: its tokens, which of them are inside
/// quotation marks, where its sentences start, and who the words around a quotation say spoke.
struct QuotedParagraph {
    let text: Substring
    let tokens: [TextToken]
    let spans: [QuoteSpan]
    /// For each span: the token of its opening mark and the first token after it.
    let spanTokens: [Range<Int>]
    /// Whether each token is inside a quotation (marks included).
    let quoted: [Bool]
    /// For each token, the first token of its sentence.
    let sentenceStart: [Int]

    /// What the words around a quotation say about who spoke.
    enum Clue: Equatable {
        case name(String)
        case description(String)
        /// "he", "she", "déclare-t-il": whoever was named last.
        case pronoun(token: Int)
    }

    init(_ text: Substring) {
        self.text = text
        let tokens = TextToken.tokens(text)
        let spans = QuoteSpan.spans(in: text)
        var quoted = [Bool](repeating: false, count: tokens.count)
        var spanTokens: [Range<Int>] = []
        var next = 0
        for span in spans {
            while next < tokens.count, tokens[next].range.lowerBound < span.opener { next += 1 }
            let open = next
            while next < tokens.count, tokens[next].range.lowerBound < span.end { next += 1 }
            for index in open..<next { quoted[index] = true }
            spanTokens.append(open..<next)
        }
        var sentenceStart = [Int](repeating: 0, count: tokens.count)
        var start = 0
        for index in tokens.indices {
            sentenceStart[index] = start
            // Only a mark can end a sentence: words and numbers (most tokens) are not looked at.
            if tokens[index].kind == .mark, !quoted[index], Self.endsSentence(index, in: tokens, quoted: quoted) {
                start = index + 1
            }
        }
        self.tokens = tokens
        self.spans = spans
        self.spanTokens = spanTokens
        self.quoted = quoted
        self.sentenceStart = sentenceStart
    }

    private static func endsSentence(_ index: Int, in tokens: [TextToken], quoted: [Bool]) -> Bool {
        let token = tokens[index]
        guard token.kind == .mark else { return false }
        switch token.value {
        case 0x2E, 0x21, 0x3F, 0x2026: break  // . ! ? …
        default: return false
        }
        let next = index + 1
        let isStop = token.isMark(".")
        if isStop, index > 0, tokens[index - 1].isWord {
            let word = tokens[index - 1]
            // "J.", "Mr.", "Jan.", "U.S."
            if word.utf8Count == 1 || abbreviations.contains(word.key) { return false }
        }
        // "am 12. März"
        if isStop, index > 0, tokens[index - 1].isNumber, tokens[index - 1].utf8Count <= 2,
            next < tokens.count, tokens[next].isWord, CalendarWords.month(tokens[next]) != nil
        {
            return false
        }
        guard next < tokens.count else { return true }
        return tokens[next].isCapitalized || tokens[next].isNumber || quoted[next]
    }

    private static let abbreviations = WordSet(words: [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "rep", "sen", "gov",
        "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ca",
    ])

    func isUsable(_ index: Int) -> Bool { !quoted[index] }

    // MARK: Finding the speaker

    /// The speech verb at `index`, with how many tokens it takes ("according to" takes two).
    func speechVerb(at index: Int) -> (kind: SpeechVerb.Kind, width: Int, pronoun: Bool)? {
        guard index < tokens.count, !quoted[index], tokens[index].isWord else { return nil }
        let token = tokens[index]
        var word = token.key
        var pronoun = false
        // "déclare-t-il", "a-t-elle dit": the verb is the word before the first hyphen.
        if !token.key.isComplete || token.key.contains(Self.hyphen) {
            let lower = token.lower(in: text)
            if let hyphen = lower.firstIndex(of: "-"),
                ["-il", "-elle", "-ils", "-elles"].contains(where: lower.hasSuffix)
            {
                word = WordKey(lower[..<hyphen])
                pronoun = true
            }
        }
        guard let kind = SpeechVerb.kind(of: word) else { return nil }
        if word == Self.according {
            guard index + 1 < tokens.count, tokens[index + 1].is(Self.to) else { return nil }
            return (kind, 2, false)
        }
        return (kind, 1, pronoun)
    }

    /// Who the words of a sentence before a quotation (`range`, ending at its opening mark)
    /// say is speaking. `verbWindow`: how far before the quotation the speech verb may stand.
    func leadIn(_ range: Range<Int>, verbWindow: Int, article: QuotedArticle, paragraph: Int) -> Clue? {
        guard !range.isEmpty else { return nil }
        var verb: Int?
        var index = range.upperBound - 1
        while index >= range.lowerBound, range.upperBound - index <= verbWindow {
            if quoted[index] { break }
            if let found = speechVerb(at: index), found.kind != .soAfterQuote {
                verb = index
                break
            }
            index -= 1
        }
        guard let verb, let found = speechVerb(at: verb) else {
            // "The minister was blunt: “…”"
            if tokens[range.upperBound - 1].isMark(":") {
                return firstPerson(in: range, article: article, paragraph: paragraph)
            }
            return nil
        }
        return speaker(
            of: verb, kind: found.kind, width: found.width, pronoun: found.pronoun, in: range,
            article: article, paragraph: paragraph)
    }

    /// Who the words after a quotation (`range`, up to the end of the sentence) say spoke:
    /// "…,” said Raisi", "…,” a senior official told reporters", "…“, so Müller."
    func trail(_ range: Range<Int>, article: QuotedArticle, paragraph: Int) -> Clue? {
        let window = range.lowerBound..<min(range.upperBound, range.lowerBound + 7)
        guard let verb = window.first(where: { speechVerb(at: $0) != nil }), let found = speechVerb(at: verb)
        else { return nil }
        if found.kind == .soAfterQuote {
            let opensTrail =
                verb == range.lowerBound || verb == range.lowerBound + 1 && tokens[range.lowerBound].isMark(",")
            guard opensTrail, verb + 1 < range.upperBound, tokens[verb + 1].isCapitalized else { return nil }
            return nounPhrase(from: verb + 1, to: range.upperBound, article: article, paragraph: paragraph)
        }
        return speaker(
            of: verb, kind: found.kind, width: found.width, pronoun: found.pronoun, in: range,
            article: article, paragraph: paragraph)
    }

    private func speaker(
        of verb: Int, kind: SpeechVerb.Kind, width: Int, pronoun: Bool, in range: Range<Int>, article: QuotedArticle,
        paragraph: Int
    ) -> Clue? {
        if kind == .according {
            return nounPhrase(from: verb + width, to: range.upperBound, article: article, paragraph: paragraph)
        }
        if pronoun { return .pronoun(token: verb) }
        if let subject = subject(before: verb, from: range.lowerBound, article: article, paragraph: paragraph) {
            return subject
        }
        // "…,” said X" / "dijo el ministro X:": nothing of the verb's clause stands before it.
        if kind == .invertible, clauseStart(before: verb, from: range.lowerBound) == verb,
            let after = nounPhrase(from: verb + 1, to: range.upperBound, article: article, paragraph: paragraph)
        {
            return after
        }
        return firstPerson(in: range.lowerBound..<verb, article: article, paragraph: paragraph)
            ?? clauseDescription(before: verb, from: range.lowerBound)
    }

    /// Where the clause of the verb at `verb` starts (after the last mark before it), with
    /// the adverbs and auxiliaries right before the verb not counted.
    private func clauseStart(before verb: Int, from lowerBound: Int) -> Int {
        var end = verb
        while end > lowerBound, !quoted[end - 1], tokens[end - 1].isWord, !tokens[end - 1].isCapitalized,
            isSkippable(tokens[end - 1])
        {
            end -= 1
        }
        var start = end
        while start > lowerBound, !quoted[start - 1], tokens[start - 1].kind != .mark || tokens[start - 1].isMark("-") {
            start -= 1
        }
        return start == end ? verb : start
    }

    /// The name right before a speech verb, past adverbs ("Salami emphatically stressed") and
    /// appositions ("Hamid Abazari, an advisor to the commander, said").
    private func subject(before verb: Int, from lowerBound: Int, article: QuotedArticle, paragraph: Int) -> Clue? {
        var index = verb - 1
        var commas = 0
        var steps = 0
        while index >= lowerBound, steps < 16 {
            steps += 1
            if quoted[index] { return nil }
            let token = tokens[index]
            if token.isWord, !token.isCapitalized, isSkippable(token) {
                index -= 1
                continue
            }
            if token.isMark(",") {
                commas += 1
                guard commas <= 4 else { return nil }
                index -= 1
                continue
            }
            if token.isWord, Self.pronouns.contains(token.key) { return .pronoun(token: index) }
            if token.isCapitalized {
                switch person(endingAt: index, article: article, paragraph: paragraph) {
                case .person(let name, _): return .name(name)
                case .organisation where commas == 0:
                    return clauseDescription(before: index + 1, from: lowerBound)
                default: break
                }
            }
            // Not a name: past a comma this segment is an apposition; try before it.
            guard commas > 0,
                let comma = (lowerBound..<index).last(where: { tokens[$0].isMark(",") && !quoted[$0] })
            else { return nil }
            index = comma
        }
        return nil
    }

    /// The speaker named after an inverting verb or "according to": "said Supreme Leader Ali
    /// Khamenei", "selon le ministre Jean Dupont", "according to a senior official".
    ///
    /// A title's full stop does not end the phrase ("said Dr. Ann Lee"), and a role set off by
    /// a comma gives way to the name after it ("said the mayor, Ann Lee,").
    private func nounPhrase(from start: Int, to end: Int, article: QuotedArticle, paragraph: Int) -> Clue? {
        var stop = start
        while stop < end, stop < start + 12, !quoted[stop],
            tokens[stop].kind != .mark || tokens[stop].isMark("-") || isTitleStop(stop)
        {
            stop += 1
        }
        guard stop > start else { return nil }
        if let run = nameRun(in: start..<stop) {
            switch read(run, article: article, paragraph: paragraph, followed: true) {
            case .person(let name, _): return .name(name)
            default: break
            }
        }
        if tokens[start].isWord, tokens[start].is(Self.to) { return nil }
        if let name = appositiveName(after: stop, to: end) { return .name(name) }
        return description(start..<stop)
    }

    /// The first capitalized run in `range` that a title's full stop does not end ("Prof." in
    /// "Studienleiterin Prof. Anna Roth" is passed over for "Anna Roth").
    private func nameRun(in range: Range<Int>) -> ClosedRange<Int>? {
        var from = range.lowerBound
        while let first = (from..<range.upperBound).first(where: { tokens[$0].isCapitalized }),
            let run = PersonMention.run(startingAt: first, in: tokens, usable: isUsable)
        {
            guard isTitleStop(run.upperBound + 1) else { return run }
            from = run.upperBound + 2
            guard from < range.upperBound else { return nil }
        }
        return nil
    }

    /// The full stop after a title's abbreviation ("Dr.", "Prof."), which ends no sentence.
    private func isTitleStop(_ index: Int) -> Bool {
        index > 0 && index < tokens.count && tokens[index].isMark(".") && tokens[index - 1].isWord
            && Self.abbreviations.contains(tokens[index - 1].key)
    }

    /// ", Ann Lee" after a role: a name of two words or more, standing alone up to the next
    /// mark, so "the board, Reuters reported" gives nothing.
    private func appositiveName(after comma: Int, to end: Int) -> String? {
        var first = comma + 1
        // ", Dr. Ann Lee"
        if isTitleStop(first + 1) { first += 2 }
        guard comma < end, tokens[comma].isMark(","), first < end, !quoted[first], tokens[first].isCapitalized,
            let run = PersonMention.run(startingAt: first, in: tokens, usable: isUsable),
            run.upperBound + 1 >= tokens.count || tokens[run.upperBound + 1].kind == .mark
        else { return nil }
        let reading = PersonMention.read(run, in: tokens, text: text, startsSentence: false)
        guard case .person(let name, let words) = reading, words >= 2 else { return nil }
        return name
    }

    /// The first person the words in `range` name, or a pronoun standing for one.
    func firstPerson(in range: Range<Int>, article: QuotedArticle, paragraph: Int) -> Clue? {
        var index = range.lowerBound
        var pronoun: Int?
        while index < range.upperBound {
            if quoted[index] {
                index += 1
                continue
            }
            let token = tokens[index]
            if token.isWord, Self.pronouns.contains(token.key) {
                pronoun = pronoun ?? index
                index += 1
                continue
            }
            if token.isCapitalized, let run = PersonMention.run(startingAt: index, in: tokens, usable: isUsable) {
                let end = min(run.upperBound, range.upperBound - 1)
                if case .person(let name, _) = read(
                    index...end, article: article, paragraph: paragraph, followed: false)
                {
                    return .name(name)
                }
                index = run.upperBound + 1
                continue
            }
            index += 1
        }
        return pronoun.map { .pronoun(token: $0) }
    }

    /// "the state-run news agency wrote", "a senior Iranian official told": the short noun
    /// phrase of the verb's own clause.
    private func clauseDescription(before verb: Int, from lowerBound: Int) -> Clue? {
        var start = verb
        while start > lowerBound, !quoted[start - 1],
            !(tokens[start - 1].kind == .mark && !tokens[start - 1].isMark("-"))
        {
            start -= 1
        }
        var end = verb
        while end > start, tokens[end - 1].isWord, !tokens[end - 1].isCapitalized,
            isSkippable(tokens[end - 1])
        {
            end -= 1
        }
        return description(start..<end)
    }

    /// A noun phrase of at most eight words that opens with a determiner or a capital.
    private func description(_ range: Range<Int>) -> Clue? {
        guard !range.isEmpty, range.count <= 10 else { return nil }
        let words = range.filter { tokens[$0].isWord }
        guard (1...8).contains(words.count), let first = words.first else { return nil }
        let lower = tokens[first].key
        guard
            Self.determiners.contains(lower) || tokens[first].isCapitalized && !PersonMention.stopwords.contains(lower)
        else { return nil }
        for index in words {
            let word = tokens[index].key
            if Self.pronouns.contains(word) || Self.clauseWords.contains(word) || SpeechVerb.kind(of: word) != nil {
                return nil
            }
        }
        guard let last = range.last else { return nil }
        return .description(
            String(TextToken.slice(text, tokens[range.lowerBound].range.lowerBound..<tokens[last].range.upperBound)))
    }

    /// The capitalized run ending at `index`, read as a speaker.
    private func person(endingAt index: Int, article: QuotedArticle, paragraph: Int) -> PersonMention.Reading {
        guard let run = PersonMention.run(endingAt: index, in: tokens, usable: isUsable) else { return .none }
        return read(run, article: article, paragraph: paragraph, followed: false)
    }

    /// A run read as a person; a lone word counts only as the surname of someone the article
    /// names in full, or where it stands alone next to the speech verb ("…,” said Salami.",
    /// "Salami emphatically stressed", "Kuwaitipour, a singer, said").
    private func read(_ run: ClosedRange<Int>, article: QuotedArticle, paragraph: Int, followed: Bool)
        -> PersonMention.Reading
    {
        let reading = PersonMention.read(
            run, in: tokens, text: text, startsSentence: sentenceStart[run.lowerBound] == run.lowerBound)
        guard case .person(let name, let words) = reading, words == 1 else { return reading }
        if let full = article.names.fullName(forSurname: name, before: (paragraph, run.lowerBound)) {
            return .person(full, words: 2)
        }
        let before = run.lowerBound - 1
        let after = run.upperBound + 1
        let openSide =
            followed ? after >= tokens.count || tokens[after].kind == .mark : before < 0 || tokens[before].kind == .mark
        let otherSide =
            followed
            ? before < 0 || tokens[before].kind == .mark || speechVerb(at: before) != nil
            : after >= tokens.count || tokens[after].kind == .mark || speechVerb(at: after) != nil
                || tokens[after].isWord && isSkippable(tokens[after])
        return openSide && otherSide ? reading : .none
    }

    /// Adverbs and auxiliaries between a subject and its verb.
    private func isSkippable(_ token: TextToken) -> Bool {
        Self.skippable.contains(token.key) || token.utf8Count > 4 && token.hasSuffix(Self.ly, in: text)
    }

    private static let to = WordKey("to")
    private static let according = WordKey("according")
    private static let ly = WordKey("ly")
    private static let hyphen = UInt8(ascii: "-")

    private static let skippable = WordSet(words: [
        "also", "further", "then", "later", "again", "once", "has", "had", "have", "was", "is", "a", "ha", "hat",
        "hatte", "habe", "himself", "herself", "reportedly", "previously", "recently", "aussi", "auch", "también",
        "ya", "bereits", "ebenfalls", "erneut", "dann", "already", "never", "not", "ont", "avait", "había", "hanno",
        "tem", "would", "will", "just", "even", "still", "allegedly",
    ])

    static let pronouns = WordSet(words: [
        "he", "she", "il", "elle", "er", "sie", "él", "ella", "lui", "lei", "ele", "hij", "zij", "a-t-il", "a-t-elle",
    ])

    private static let determiners = WordSet(words: [
        "a", "an", "the", "one", "another", "some", "several", "many", "his", "her", "their", "its", "two", "three",
        "four", "five", "this", "that", "these", "those", "le", "la", "les", "un", "une", "l’", "der", "die", "das",
        "ein", "eine", "el", "los", "las", "una", "il", "lo", "gli", "o", "os", "um", "uma", "de", "het", "een",
    ])

    /// Words that make a stretch of text a clause rather than a noun phrase.
    private static let clauseWords = WordSet(words: [
        "and", "that", "who", "which", "when", "while", "because", "but", "if", "as", "et", "que", "qui", "und",
        "dass", "y", "e", "che", "en", "dat", "was", "were", "is", "are", "has", "have", "had", "will", "would",
    ])
}
