/// Finds the author in the lines that name one: "By Jane Doe", "By Jane Doe and John Roe",
/// and bios such as "Jane Doe writes for The Daily Example."
enum Byline {
    /// What a bio says of its subject; checked before the (much dearer) regex runs.
    private static let bioVerbs = [
        " writes for ", " is a", " is the ", " reports for ", " covers ", " contributes to ", " has written for ",
    ]

    /// The first author of a "By …" line.
    static func author(in paragraph: String) -> String? {
        guard paragraph.utf8.count <= 240, paragraph.prefix(3).lowercased() == "by ", !paragraph.contains("\n"),
            let match = paragraph.wholeMatch(of: /(?i)by\s+(.+?)(?:\s*[|,]\s*.*|\s+[–—-]\s+.*)?/)
        else { return nil }
        let names = match.output.1.split(separator: /\s*(?:,|\band\b|&)\s*/)
        guard let first = names.first else { return nil }
        let name = first.trimmingPrefix(/\s+/)
        return PersonName.isName(name) ? String(name) : nil
    }

    /// The person an author bio is about: "Shamsi Saadati writes for the PMOI/MEK."
    static func bioSubject(_ paragraph: String) -> String? {
        guard paragraph.utf8.count <= 800, !paragraph.contains("\n"),
            bioVerbs.contains(where: paragraph.contains)
        else { return nil }
        let bio = /(.+?) (?:writes for|is an?|is the|is a senior|reports for|covers|contributes to|has written for)\b.*/
        guard let match = paragraph.wholeMatch(of: bio) else { return nil }
        let name = match.output.1
        return PersonName.isName(name) ? String(name) : nil
    }
}
