/// Finds the authors in the lines that name them: "By Jane Doe", "By A, B and C", "By A & B",
/// "By Jane Doe | The Daily Example", "Jane Doe and John Roe, Daily Example staff", and bios
/// such as "Jane Doe writes for The Daily Example."
///
/// Plain string scanning: this runs on the first and last paragraphs of every file.
enum Byline {
    /// How a byline opens, lower-cased, in the languages ingestd reads.
    private static let openings = [
        "by ", "posted by ", "written by ", "words by ", "story by ", "reporting by ", "text by ", "par ", "por ",
        "von ", "door ",
    ]
    private static let openingLeads = LeadLetters(openings)
    private static let openingPrefixes = LowercasedPrefix(openings)
    /// Where the names of a byline end: a site name, a date or a role follows.
    private static let nameEnds = [
        "|", " – ", " — ", " - ", " · ", " • ", ";", "(", " on ", " at ", " updated", " published", " le ", " am ",
        " el ", " in ", " for ",
    ]
    /// Name ends that are articles before a date, and also words inside names ("Le Goff").
    private static let datedArticles: Set<String> = [" le ", " am ", " el "]
    /// Between two names.
    private static let conjunctions = [" and ", " & ", " et ", " und ", " y ", " e ", " en "]
    /// Words that make a byline an organisation's ("By Reuters Staff", "By The Editorial Board").
    private static let organisationWords: Set<String> = [
        "staff", "board", "editorial", "editors", "desk", "team", "newsroom", "agency", "agencies", "wire", "wires",
        "reporters", "correspondents", "news", "rédaction", "redaktion", "redacción", "redazione", "afp", "reuters",
    ]
    /// What a bio says of its subject. Each opens with a space (see ``firstBioVerb(in:)``).
    static let bioVerbs = [
        " writes for ", " is a ", " is an ", " is the ", " reports for ", " covers ", " contributes to ",
        " has written for ", " is a senior ", " est journaliste ", " est correspondant", " écrit pour ",
        " schreibt für ", " ist redakteur", " ist korrespondent", " escribe para ", " es periodista ",
        " es corresponsal ",
    ]

    /// The people a byline names, in order; an empty list for a byline that names only an
    /// organisation ("By The Editorial Board"); `nil` when the line is not a byline.
    static func authors(in paragraph: some StringProtocol) -> [String]? {
        let paragraph = Substring(paragraph)
        guard paragraph.utf8.count <= 240, !ByteSearch.hasNewline(paragraph) else { return nil }
        guard openingLeads.mayOpen(paragraph) else { return staffLine(paragraph) }
        // Most lines open with no "By": they are told so from their first bytes, not lower-cased.
        let opening: String
        switch openingPrefixes.match(paragraph) {
        case .phrase(let found): opening = found
        case .noMatch: return staffLine(paragraph)
        case .undecided:
            guard let found = openings.first(where: paragraph.lowercased().hasPrefix) else {
                return staffLine(paragraph)
            }
            opening = found
        }
        let lower = paragraph.lowercased()
        var rest = Substring(paragraph.dropFirst(opening.count))
        var lowerRest = Substring(lower.dropFirst(opening.count))
        for end in nameEnds {
            if let range = ByteSearch.firstRange(of: end, in: lowerRest) {
                // "Par Anne Le Goff": an article ends the names only before a date ("le 3 mars").
                if datedArticles.contains(end), !(lowerRest[range.upperBound...].first?.isNumber ?? false) { continue }
                let cut = lowerRest.distance(from: lowerRest.startIndex, to: range.lowerBound)
                rest = rest.prefix(cut)
                lowerRest = lowerRest.prefix(cut)
            }
        }
        // "BY INES MARLOWE"
        let shouting = isShouting(rest)
        let names = names(in: shouting ? Substring(capitalized(rest)) : rest)
        if !names.isEmpty { return names }
        let words = lowerRest.split(separator: " ")
        if words.count <= 6, words.contains(where: { organisationWords.contains(String($0)) }) { return [] }
        // A login rather than a name: "By admin", "Posted by jdoe".
        if words.count == 1 || words.count <= 3 && !rest.contains(where: \.isUppercase) { return [] }
        return nil
    }

    /// The people a line under a title names without a "By": "Jane Doe", "Jane Doe, John Roe
    /// and Ali Rezaei", "Jane Doe | Science reporter". Every part before a separator must be a
    /// name, so a headline or a sentence is never read as one; `nil` otherwise.
    static func bareAuthors(in line: some StringProtocol) -> [String]? {
        guard line.utf8.count <= 200, !ByteSearch.hasNewline(line) else { return nil }
        var list = Substring(line)
        // "Jane Doe | Science reporter", "Jane Doe – Staff writer": a role or a site after the names.
        for separator in ["|", " – ", " — ", " · ", " • "] {
            if let range = ByteSearch.firstRange(of: separator, in: list) {
                let role = list[range.upperBound...]
                guard role.split(separator: " ").count <= 6 else { return nil }
                list = list[..<range.lowerBound]
            }
        }
        let names = names(in: list)
        guard !names.isEmpty, names.count == namedParts(in: list) else { return nil }
        return names
    }

    /// How many parts "A, B and C" has, names or not.
    private static func namedParts(in list: Substring) -> Int {
        var count = 0
        for piece in ByteSearch.split(list, separator: ",") where piece.contains(where: { !$0.isWhitespace }) {
            count += 1
            var remaining = piece
            while let conjunction = firstConjunction(in: remaining) {
                count += 1
                remaining = remaining[conjunction.upperBound...]
            }
        }
        return count
    }

    /// The first conjunction between two names in `text`, the earliest-starting one.
    private static func firstConjunction(in text: Substring) -> Range<String.Index>? {
        var earliest: Range<String.Index>?
        for conjunction in conjunctions {
            if let range = ByteSearch.firstRange(of: conjunction, in: text),
                range.lowerBound < (earliest?.lowerBound ?? text.endIndex)
            {
                earliest = range
            }
        }
        return earliest
    }

    /// Whether `paragraph` is a bio of one of `authors`: the name, then what they do, in one
    /// sentence ("Jane Doe chairs the parish council."). Only for names already known to be the
    /// article's authors, since "Jane Doe said…" opens many a last paragraph.
    static func isBio(_ paragraph: some StringProtocol, of authors: [String]) -> Bool {
        guard paragraph.utf8.count <= 400, !ByteSearch.hasNewline(paragraph) else { return false }
        for author in authors where paragraph.hasPrefix(author + " ") {
            let rest = paragraph.dropFirst(author.count + 1)
            let verb = String(rest.prefix { $0.isLetter })
            guard let first = verb.first, first.isLowercase else { continue }
            if !speechVerbs.contains(verb) { return true }
        }
        return false
    }

    /// Verbs after a name that open reported speech, not a bio.
    private static let speechVerbs: Set<String> = [
        "said", "says", "told", "added", "asked", "explained", "sagte", "erklärte", "dijo", "explicó", "a", "affirme",
    ]

    /// Whether `text` has letters and none of them lower-case ("INES MARLOWE"). ASCII text is
    /// told by its bytes: there, a Character is one byte (or CR LF, no letter), its letters
    /// are `A`-`Z` and `a`-`z`, and its lower-case ones `a`-`z`.
    static func isShouting(_ text: Substring) -> Bool {
        var hasLetter = false
        for byte in text.utf8 {
            guard byte < 0x80 else {
                return text.contains(where: \.isLetter) && !text.contains(where: \.isLowercase)
            }
            if byte &- 0x61 < 26 { return false }
            if byte &- 0x41 < 26 { hasLetter = true }
        }
        return hasLetter
    }

    /// "INES MARLOWE" → "Ines Marlowe".
    private static func capitalized(_ text: Substring) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { word in
            let lower = word.lowercased()
            guard let first = word.first, !keptLower.contains(lower) else { return lower }
            return first.uppercased() + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    private static let keptLower: Set<String> = ["and", "et", "und", "y", "e", "en", "von", "van", "der", "de", "al"]

    /// "Jane Doe and John Roe, Daily Example staff".
    private static func staffLine(_ paragraph: Substring) -> [String]? {
        // Every role below ends in f, r, s or t, and no other character lower-cases to one of
        // them (A–Z map to a–z; no non-ASCII character maps to those): a line that ends with
        // anything else (most titles) is none, without searching it for its last comma.
        guard let end = paragraph.utf8.last, end < 0x80, "frst".utf8.contains(end | 0x20) else { return nil }
        guard paragraph.utf8.count <= 160, let comma = ByteSearch.lastIndex(of: ",", in: paragraph) else { return nil }
        let role = paragraph[paragraph.index(after: comma)...].lowercased()
        guard
            [
                "staff", "staff writer", "staff writers", "staff reporter", "staff reporters", "correspondent",
                "correspondents",
            ].contains(where: role.hasSuffix)
        else { return nil }
        let names = names(in: paragraph[..<comma])
        return names.isEmpty ? nil : names
    }

    /// The person names in "A, B and C"; parts that are not a name (a site, a role) are left out.
    private static func names(in list: Substring) -> [String] {
        var parts: [Substring] = []
        for piece in ByteSearch.split(list, separator: ",") {
            var remaining = piece
            while let conjunction = firstConjunction(in: remaining) {
                parts.append(remaining[..<conjunction.lowerBound])
                remaining = remaining[conjunction.upperBound...]
            }
            parts.append(remaining)
        }
        var names: [String] = []
        for part in parts {
            var name = part.drop(while: { $0 == " " })
            while name.last == " " || name.last == "." && name.dropLast().last?.isLowercase == true {
                name = name.dropLast()
            }
            for lead in ["and ", "& "] where name.hasPrefix(lead) { name = name.dropFirst(lead.count) }
            if name.isEmpty { continue }
            guard PersonName.isName(name) else { continue }
            let text = String(name)
            if !names.contains(text) { names.append(text) }
        }
        return names
    }

    private static let bioVerbBytes = bioVerbs.map { Array($0.utf8) }

    /// The offset of the earliest of ``bioVerbs`` in `bytes` (wholly inside them). Every verb
    /// opens with a space, so only the spaces are tried, each against every verb, instead of
    /// searching the bytes once for each verb.
    private static func firstBioVerb(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var from = 0
        while let space = ByteSearch.offset(of: 0x20, in: bytes, from: from) {
            let rest = UnsafeBufferPointer(rebasing: bytes[space...])
            if bioVerbBytes.contains(where: { rest.starts(with: $0) }) { return space }
            from = space + 1
        }
        return nil
    }

    /// The person an author bio is about: "Shamsi Saadati writes for the PMOI/MEK."
    static func bioSubject(_ paragraph: some StringProtocol) -> String? {
        let paragraph = Substring(paragraph)
        guard paragraph.utf8.count <= 800, !ByteSearch.hasNewline(paragraph) else { return nil }
        // The name comes first and is short: the verb starts within the first 64 bytes.
        let utf8 = paragraph.utf8
        var end = utf8.index(utf8.startIndex, offsetBy: min(utf8.count, 64 + 20))
        while end < utf8.endIndex, end > utf8.startIndex, (0x80...0xBF).contains(utf8[end]) {
            end = utf8.index(before: end)
        }
        let head = paragraph[..<end]
        let verbOffset =
            head.utf8.withContiguousStorageIfAvailable(firstBioVerb(in:))
            ?? Array(head.utf8).withUnsafeBufferPointer(firstBioVerb(in:))
        guard let verbOffset else { return nil }
        let earliest = head.utf8.index(head.startIndex, offsetBy: verbOffset)
        let name = paragraph[..<earliest]
        return PersonName.isName(name) ? String(name) : nil
    }
}
