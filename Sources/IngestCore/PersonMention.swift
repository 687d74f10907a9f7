/// Finds people's names in running text: a run of capitalized words with the titles, roles
/// and sentence openers around it taken off ("Iranian Supreme Leader Ayatollah Ali Khamenei"
/// → "Ali Khamenei"), told apart from organisations ("the Revolutionary Guards").
enum PersonMention {
    enum Reading: Equatable {
        /// A person's name as written, and how many words it has.
        case person(String, words: Int)
        /// A capitalized run that names an organisation, a place or an office.
        case organisation
        case none
    }

    /// The capitalized run that ends at `last` (particles such as "von der" inside it).
    static func run(endingAt last: Int, in tokens: [TextToken], usable: (Int) -> Bool) -> ClosedRange<Int>? {
        guard last >= 0, last < tokens.count, usable(last), tokens[last].isCapitalized else { return nil }
        var first = last
        while first > 0, last - first < 7 {
            let previous = first - 1
            if usable(previous), tokens[previous].isCapitalized {
                first = previous
            } else if previous > 0, usable(previous), tokens[previous].isWord,
                particles.contains(tokens[previous].key), tokens[previous - 1].isCapitalized,
                usable(previous - 1)
            {
                first = previous - 1
            } else {
                break
            }
        }
        return first...last
    }

    /// The capitalized run that starts at `first`.
    static func run(startingAt first: Int, in tokens: [TextToken], usable: (Int) -> Bool) -> ClosedRange<Int>? {
        guard first >= 0, first < tokens.count, usable(first), tokens[first].isCapitalized else { return nil }
        var last = first
        while last + 1 < tokens.count, last - first < 7 {
            let next = last + 1
            if usable(next), tokens[next].isCapitalized {
                last = next
            } else if next + 1 < tokens.count, usable(next), tokens[next].isWord,
                particles.contains(tokens[next].key), tokens[next + 1].isCapitalized, usable(next + 1)
            {
                last = next + 1
            } else {
                break
            }
        }
        return first...last
    }

    /// What the run `run` names. `startsSentence`: its first word opens a sentence, so its
    /// capital says nothing ("Echoing this, …").
    static func read(_ run: ClosedRange<Int>, in tokens: [TextToken], text: Substring, startsSentence: Bool)
        -> Reading
    {
        // The words left of the run, as `first..<end` (the run loses words at its front only).
        var first = run.lowerBound
        let end = run.upperBound + 1
        if isPossessive(tokens[run.upperBound], in: text) { return .none }
        var stripped = false
        while first < end {
            let token = tokens[first]
            let lower = token.key
            let opener =
                leadingWords.contains(lower) || stopwords.contains(lower) && !particles.contains(lower)
                || CalendarWords.month(lowercased: lower) != nil || CalendarWords.isWeekday(lowercased: lower)
                || SpeechVerb.kind(of: lower) != nil
                || first == run.lowerBound && startsSentence
                    && (token.hasSuffix(Suffix.ing, in: text) || token.hasSuffix(Suffix.ly, in: text))
            guard opener else { break }
            first += 1
        }
        if let lastTitle = (first..<end).last(where: { isTitleOrAcronym(tokens[$0], in: text) }) {
            first = lastTitle + 1
            stripped = true
        }
        if end - first >= 3, isDemonym(tokens[first], in: text) {
            first += 1
            stripped = true
        }
        guard first < end else { return stripped ? .organisation : .none }
        let words = first..<end
        if words.contains(where: { organisationWords.contains(tokens[$0].key) }) { return .organisation }
        if !stripped, run.lowerBound > 0, tokens[run.lowerBound - 1].isWord,
            articles.contains(tokens[run.lowerBound - 1].key)
        {
            // "the Revolutionary Guards": people do not take an article.
            return .organisation
        }
        var nameWords = 0
        for index in words where !particles.contains(tokens[index].key) {
            guard isNameWord(tokens[index], in: text) else { return .none }
            nameWords += 1
        }
        guard (1...4).contains(nameWords) else { return .none }
        return .person(
            String(TextToken.slice(text, tokens[first].range.lowerBound..<tokens[end - 1].range.upperBound)),
            words: nameWords)
    }

    /// "Ali", "O’Brien", "Mohseni-Eje’i", "Amir-": a capital, then letters, at least one lower-case.
    private static func isNameWord(_ token: TextToken, in text: Substring) -> Bool {
        guard token.isCapitalized, !token.isAllCaps, token.utf8Count >= 2 else { return false }
        // An ASCII word is letters, apostrophes and hyphens by the way it was read.
        if token.isASCII { return true }
        return token.lower(in: text).unicodeScalars.allSatisfy {
            TextToken.isLetter($0) || "-'’".unicodeScalars.contains($0)
        }
    }

    private static func isPossessive(_ token: TextToken, in text: Substring) -> Bool {
        // "’s" and "s’" are not ASCII, and an ASCII word ending in "'s" says so in its key.
        if token.isASCII, token.key.isComplete { return token.key.hasSuffix(Suffix.apostropheS) }
        let word = token.lower(in: text)
        return word.hasSuffix("’s") || word.hasSuffix("'s") || word.hasSuffix("s’")
    }

    private static func isTitleOrAcronym(_ token: TextToken, in text: Substring) -> Bool {
        if titles.contains(token.key) || Suffix.titles.contains(where: { token.hasSuffix($0, in: text) }) {
            return true
        }
        // IRGC, US, UN
        return token.isAllCaps && token.utf8Count >= 2
    }

    private static func isDemonym(_ token: TextToken, in text: Substring) -> Bool {
        Suffix.demonyms.contains { token.hasSuffix($0, in: text) } || demonyms.contains(token.key)
    }

    /// The endings the checks above look for, as keys.
    private enum Suffix {
        static let ing = WordKey("ing")
        static let ly = WordKey("ly")
        static let apostropheS = WordKey("'s")
        static let demonyms = ["ian", "ese", "ish"].map(WordKey.init)
        static let titles = [
            "minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "sprecher", "sprecherin",
            "chef", "chefin", "meister", "meisterin",
        ].map(WordKey.init)
    }

    /// Lower-case words inside a name: the same as in a byline.
    static let particles = WordSet(words: PersonName.particles)

    /// The commonest short words of each language, which never open a name.
    static let stopwords = WordSet(words: Stopwords.table.keys)

    private static let articles = WordSet(words: [
        "the", "a", "an", "le", "la", "les", "der", "die", "das", "el", "los", "las", "il", "lo", "gli", "o", "os",
        "het", "de",
    ])

    /// Capitalized words that open sentences and clauses but never a name.
    private static let leadingWords = WordSet(words: [
        "several", "many", "some", "meanwhile", "however", "indeed", "additionally", "also", "after", "before",
        "during", "while", "since", "although", "though", "because", "despite", "yesterday", "today", "tomorrow",
        "last", "next", "earlier", "later", "following", "amid", "under", "over", "among", "both", "each", "every",
        "all", "most", "such", "only", "even", "still", "now", "then", "thus", "hence", "moreover", "furthermore",
        "nevertheless", "instead", "perhaps", "here", "there", "where", "why", "how", "what", "who", "whom", "whose",
        "which", "if", "unless", "until", "whether", "whereas", "one", "two", "three", "four", "five", "ten",
        "hundreds", "thousands", "dozens", "millions", "first", "second", "third", "new", "former", "late", "senior",
        "top", "dear", "no", "yes", "nor", "yet", "let", "let’s", "i", "you", "he", "she", "we", "they", "it", "his",
        "her", "their", "our", "my", "your", "its", "this", "these", "those", "that", "mid", "via", "per", "against",
        "toward", "towards", "within", "without", "through", "throughout", "upon", "once", "again", "asked",
        "speaking", "addressing", "ms", "mr", "mrs",
    ])

    /// Offices and honorifics that stand before a name, never part of it.
    private static let titles = WordSet(words: [
        "president", "presidents", "vice", "prime", "minister", "ministers", "supreme", "leader", "ayatollah", "grand",
        "speaker", "commander", "commanders", "general", "gen", "brigadier", "colonel", "col", "major", "lieutenant",
        "lt", "captain", "capt", "admiral", "sergeant", "sgt", "chief", "deputy", "secretary", "chairman",
        "chairwoman", "chair", "director", "head", "spokesman", "spokeswoman", "spokesperson", "ambassador",
        "senator", "sen", "representative", "rep", "governor", "gov", "mayor", "chancellor", "king", "queen",
        "prince", "princess", "sheikh", "sheik", "imam", "mullah", "hojatoleslam", "pope", "cardinal", "bishop",
        "rev", "reverend", "father", "judge", "justice", "attorney", "prosecutor", "dr", "doctor", "prof",
        "professor", "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "foreign", "defense", "defence",
        "interior", "finance", "economy", "health", "state", "mp", "ceo", "founder", "advisor", "adviser",
        "analyst", "member", "officer", "commissioner", "madame", "monsieur", "herr", "frau", "señor", "señora",
        "don", "doña", "président", "présidente", "ministre", "presidente", "ministro", "ministra", "premier",
        "commander-in-chief", "emir", "sultan", "crown", "senior", "ayatollahs", "cleric", "mufti", "rabbi",
        "general-secretary", "secretary-general", "envoy", "presidential", "candidate", "lawmaker", "mep",
        "maire", "alcalde", "alcaldesa", "sindaco", "prefeito", "burgemeester",
    ])

    private static let demonyms = WordSet(words: [
        "israeli", "iraqi", "saudi", "pakistani", "afghan", "yemeni", "kuwaiti", "qatari", "emirati", "omani",
        "bahraini", "somali", "bangladeshi", "french", "dutch", "greek", "swiss", "thai", "american", "german",
        "mexican", "korean", "african", "european", "russian",
    ])

    /// Words that make a capitalized run an organisation, a place or an event.
    private static let organisationWords = WordSet(words: [
        "agency", "army", "assembly", "association", "bank", "board", "bureau", "center", "centre", "channel",
        "church", "city", "college", "commission", "committee", "company", "corporation", "corps", "council",
        "county", "court", "daily", "defense", "democracies", "department", "desk", "embassy", "federation",
        "force", "forces", "foundation", "front", "government", "group", "guard", "guards", "herald", "hospital",
        "house", "institute", "intelligence", "international", "iran", "islamic", "journal", "league", "magazine",
        "media", "ministry", "mission", "mosque", "movement", "nations", "national", "network", "news", "office",
        "organization", "organisation", "parliament", "party", "police", "post", "press", "province", "radio",
        "regime", "region", "republic", "revolution", "revolutionary", "school", "security", "service", "services",
        "square", "staff", "street", "study", "telegraph", "times", "tribune", "tv", "union", "university", "war",
        "white", "world", "kingdom", "emirates", "states", "ministère", "ministerium", "gobierno", "partido",
    ])
}
