import Foundation

/// Reads the person names out of one byline or author field: "By Jane Doe and John Roe",
/// "Jane Doe, John Roe and Ali Rezaei", "Written by Jane Doe | 23 January 2026".
///
/// Every name must pass ``PersonName/isName``: a site, a desk, a CMS login (`admin`, `editor2`)
/// or a "View all posts by …" link gives no author rather than a wrong one.
enum AuthorList {
    /// Labels that may open a byline, lower case, longest first.
    private static let labels = [
        "written by", "reported by", "words by", "story by", "posted by", "authors:", "author:", "by:", "by",
    ]

    /// Link texts that point at an author without being a byline.
    private static let navigation = [
        "view all", "all posts", "more from", "more by", "posts by", "see all", "read more",
    ]

    /// Where a byline stops naming people: a date, a place or a role after a separator.
    private static let stops = [
        " | ", " – ", " — ", " - ", " on ", " • ", " · ", " posted ", " published ", " updated ",
    ]

    /// Words that name a desk, a role or an account, not a person (beyond ``PersonName``'s own).
    private static let nonPersonWords: Set<String> = [
        "newsroom", "staff", "editors", "admin", "administrator", "webmaster", "contributor", "contributors",
        "guest", "wire", "bureau", "correspondents", "writers", "desk", "team", "anonymous", "unknown",
    ]

    /// - Parameter excluding: the site and publisher names; a name made of their words (as
    ///   "Harbour Ledger Newsroom" is of "The Harbour Ledger") is theirs, not a person's.
    static func names(in text: some StringProtocol, excluding: [String] = []) -> [String] {
        var line = HTMLDocument.collapsed(text)
        guard !line.isEmpty, line.utf8.count <= 240 else { return [] }
        let lower = line.lowercased()
        if navigation.contains(where: lower.hasPrefix) { return [] }
        if let label = labels.first(where: { lower.hasPrefix($0 + " ") || ($0.hasSuffix(":") && lower.hasPrefix($0)) })
        {
            line = String(line.dropFirst(label.count))
            line = HTMLDocument.collapsed(line)
        }
        for stop in stops {
            if let range = line.range(of: stop, options: [.caseInsensitive]) {
                line = String(line[..<range.lowerBound])
            }
        }
        let excludedWords = excluding.map { site in
            Set(site.lowercased().split(separator: " ").filter { $0 != "the" && $0.count > 2 })
        }
        var names: [String] = []
        for piece in splitNames(line) {
            let name = HTMLDocument.collapsed(piece.trimmingTrailingPunctuation)
            guard PersonName.isName(name), !names.contains(name) else { continue }
            let words = Set(name.lowercased().split(separator: " "))
            if words.contains(where: { nonPersonWords.contains(String($0)) }) { continue }
            if excludedWords.contains(where: { !$0.isEmpty && $0.isSubset(of: words) }) { continue }
            names.append(name)
        }
        return names
    }

    /// Between two names: "and", and its German, French and Spanish words.
    private static let conjunctions = [" and ", " und ", " et ", " y "]

    /// Splits at commas, semicolons, `&` and the word `and` (`und`, `et`, `y`).
    private static func splitNames(_ line: String) -> [Substring] {
        var pieces: [Substring] = []
        for part in line.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "&" }) {
            var rest = part[...]
            while let range = conjunctions.compactMap({ ByteSearch.firstRange(of: $0, in: rest) }).min(by: {
                $0.lowerBound < $1.lowerBound
            }) {
                pieces.append(rest[..<range.lowerBound])
                rest = rest[range.upperBound...]
            }
            for conjunction in conjunctions where rest.hasPrefix(conjunction.dropFirst()) {
                rest = rest.dropFirst(conjunction.count - 1)
            }
            pieces.append(rest)
        }
        return pieces
    }
}

extension StringProtocol {
    /// Without a trailing full stop, colon or comma a sentence put after a name.
    fileprivate var trimmingTrailingPunctuation: SubSequence {
        var text = self[...]
        while let last = text.last, ":;,".contains(last) || last.isWhitespace { text = text.dropLast() }
        return text
    }
}
