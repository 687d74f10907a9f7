import IngestCore
import Testing

/// Authors, as the plain-text parser takes them from bylines, signatures and bios.
@Suite("Reading the authors of an article")
struct BylineTests {
    private let body = """
        The harbour authority confirmed on Tuesday that the new breakwater will open next spring, two years later than planned.

        Engineers blamed the delay on winter storms and on a contractor that went bankrupt halfway through.
        """

    private func authors(byline: String) -> [String] {
        PlainTextArticleParser().parse(TextNormalizer.normalize("Harbour Breakwater Delayed\n\n\(byline)\n\n\(body)"))
            .authors
    }

    @Test(arguments: [
        ("By Ines Marlowe", ["Ines Marlowe"]),
        ("By Ines Marlowe and Tom Reyes", ["Ines Marlowe", "Tom Reyes"]),
        ("By Maria dos Santos", ["Maria dos Santos"]),
        ("By Ines Marlowe, Tom Reyes and Ana Silva", ["Ines Marlowe", "Tom Reyes", "Ana Silva"]),
        ("By Ines Marlowe, Tom Reyes, and Ana Silva", ["Ines Marlowe", "Tom Reyes", "Ana Silva"]),
        ("By Ines Marlowe & Tom Reyes", ["Ines Marlowe", "Tom Reyes"]),
        ("By Ines Marlowe | The Coastal Courier", ["Ines Marlowe"]),
        ("By Ines Marlowe - Coastal Courier", ["Ines Marlowe"]),
        ("BY INES MARLOWE AND TOM REYES", ["Ines Marlowe", "Tom Reyes"]),
        ("Ines Marlowe and Tom Reyes, Coastal Courier staff", ["Ines Marlowe", "Tom Reyes"]),
        // Each role's last letter, in either case (a staff line is known by how it ends).
        ("Ines Marlowe, STAFF", ["Ines Marlowe"]),
        ("Ines Marlowe, Staff Writer", ["Ines Marlowe"]),
        ("Ines Marlowe and Tom Reyes, Staff Reporters", ["Ines Marlowe", "Tom Reyes"]),
        ("Ines Marlowe, Harbour CORRESPONDENT", ["Ines Marlowe"]),
        ("Par Claire Martin et Jean Dupont", ["Claire Martin", "Jean Dupont"]),
        ("Von Anna Becker und Klaus Weber", ["Anna Becker", "Klaus Weber"]),
        ("Por Lucía Romero y Pedro Álvarez", ["Lucía Romero", "Pedro Álvarez"]),
        ("By Ursula von der Leyen", ["Ursula von der Leyen"]),
    ])
    func bylineNamesEveryAuthor(byline: String, expected: [String]) {
        #expect(authors(byline: byline) == expected)
    }

    @Test(arguments: ["By Reuters Staff", "By The Editorial Board", "By Staff Reporters", "By admin"])
    func organisationsAndLoginsAreNoAuthors(byline: String) {
        let article = PlainTextArticleParser().parse(
            TextNormalizer.normalize("Harbour Breakwater Delayed\n\n\(byline)\n\n\(body)"))
        #expect(article.authors.isEmpty)
        #expect(article.body.hasPrefix("The harbour authority"), "the byline line is not body text")
    }

    @Test func bylineWithADate() {
        let article = PlainTextArticleParser().parse(
            TextNormalizer.normalize("Harbour Breakwater Delayed\n\nBy Ines Marlowe | March 4, 2025\n\n\(body)"))
        #expect(article.authors == ["Ines Marlowe"])
        #expect(article.published?.iso8601 == "2025-03-04")
    }

    @Test func commentersAreNotAuthors() {
        let text = """
            Harbour Breakwater Delayed

            \(body)

            Ines Marlowe

            3 thoughts on “Harbour Breakwater Delayed”

            Tom Reyes

            March 5, 2025 at 10:15 am

            About time someone wrote this up.

            View all posts by Ana Silva
            """
        let article = PlainTextArticleParser().parse(TextNormalizer.normalize(text))
        #expect(article.authors == ["Ines Marlowe"])
        #expect(article.body.hasSuffix("halfway through."))
        #expect(!article.body.contains("About time"))
    }

    @Test func bioAtTheEnd() {
        let text = "Harbour Breakwater Delayed\n\n\(body)\n\nIness Marlowe is a senior reporter at the Coastal Courier."
        let article = PlainTextArticleParser().parse(TextNormalizer.normalize(text))
        #expect(article.authors == ["Iness Marlowe"])
        #expect(article.body.hasSuffix("halfway through."))
    }

    @Test func postedByAtTheEnd() {
        let text =
            "Harbour Breakwater Delayed\n\n\(body)\n\nPosted by Ines Marlowe at 10:15 AM\n\nLabels: harbour, storms"
        let article = PlainTextArticleParser().parse(TextNormalizer.normalize(text))
        #expect(article.authors == ["Ines Marlowe"])
        #expect(article.body.hasSuffix("halfway through."))
    }

    @Test func anArticleInsideANameIsNotADateAhead() {
        #expect(authors(byline: "Par Anne Le Goff et Pierre Tanguy") == ["Anne Le Goff", "Pierre Tanguy"])
        #expect(authors(byline: "Par Pierre Tanguy le 23 janvier 2026") == ["Pierre Tanguy"])
    }

    @Test func biosInOtherLanguages() {
        for bio in [
            "Iness Marlowe est journaliste au service Société du Courrier de l’Ouest.",
            "Iness Marlowe schreibt für den Küstenkurier über Häfen.",
            "Iness Marlowe escribe para El Correo del Puerto.",
        ] {
            let text = "Harbour Breakwater Delayed\n\n\(body)\n\n\(bio)"
            let article = PlainTextArticleParser().parse(TextNormalizer.normalize(text))
            #expect(article.authors == ["Iness Marlowe"], "\(bio)")
            #expect(article.body.hasSuffix("halfway through."), "\(bio)")
        }
    }

    @Test func aSignatureThenItsBio() {
        let text =
            "Harbour Breakwater Delayed\n\n\(body)\n\nIness Marlowe\n\nIness Marlowe chairs the harbour users’ group."
        let article = PlainTextArticleParser().parse(TextNormalizer.normalize(text))
        #expect(article.authors == ["Iness Marlowe"])
        #expect(article.body.hasSuffix("halfway through."))
    }
}
