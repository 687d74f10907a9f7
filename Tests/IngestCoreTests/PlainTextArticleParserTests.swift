import IngestCore
import Testing

/// The plain-text shapes ingestd must read, in fixtures written for these tests.
@Suite("Parsing plain-text articles")
struct PlainTextArticleParserTests {
    private let parser = PlainTextArticleParser()

    private func parse(_ text: String) -> Article {
        parser.parse(TextNormalizer.normalize(text))
    }

    private let body = """
        The harbour authority confirmed on Tuesday that the new breakwater will open next spring, two years later than planned.

        Engineers blamed the delay on winter storms. “We lost four months to the weather alone,” said the project lead.
        """

    @Test func titleThenBody() {
        let article = parse("Harbour Breakwater Delayed Again\n\n\n" + body)
        #expect(article.title == "Harbour Breakwater Delayed Again")
        #expect(article.author == nil)
        #expect(article.published == nil)
        #expect(article.body.hasPrefix("The harbour authority"))
        #expect(article.body.hasSuffix("said the project lead."))
    }

    @Test func datelineBeforeTitleAndCommentFurnitureAfter() {
        let article = parse(
            "Tuesday, March 4, 2025\n\nHarbour Breakwater Delayed Again\n\n" + body + "\n\nNo comments:")
        #expect(article.published?.iso8601 == "2025-03-04")
        #expect(article.title == "Harbour Breakwater Delayed Again")
        #expect(!article.body.contains("No comments"))
        #expect(!article.body.contains("2025"))
    }

    @Test func nameLineBeforeTitleIsTheAuthor() {
        let article = parse("Ines Marlowe\n\nHarbour Breakwater Delayed Again\n\n" + body)
        #expect(article.author == "Ines Marlowe")
        #expect(article.title == "Harbour Breakwater Delayed Again")
        #expect(article.body.hasPrefix("The harbour authority"))
    }

    @Test func inlineDateLabelWithoutTitle() {
        let article = parse(" date 2024-06-30 " + body + "\n\nHarbour News")
        #expect(article.title == nil)
        #expect(article.published?.iso8601 == "2024-06-30")
        #expect(article.body.hasPrefix("The harbour authority"))
        #expect(article.body.hasSuffix("said the project lead."))
        #expect(article.author == nil)
    }

    @Test func signatureBioAndCommentFormAtTheEnd() {
        let text = """
            Harbour Breakwater Delayed Again

            \(body)

            Ines Marlowe

            Ines Marlowe writes for the Coastal Courier.

            Leave a Reply

            Your email address will not be published. Required fields are marked *
            """
        let article = parse(text)
        #expect(article.author == "Ines Marlowe")
        #expect(article.body.hasSuffix("said the project lead."))
        for furniture in ["Leave a Reply", "Your email address", "writes for"] {
            #expect(!article.body.contains(furniture))
        }
    }

    @Test func bylineAfterTitle() {
        let article = parse("Harbour Breakwater Delayed Again\n\nBy Ines Marlowe and Tom Reyes\n\n" + body)
        #expect(article.author == "Ines Marlowe")
        #expect(article.body.hasPrefix("The harbour authority"))
    }

    @Test func aLongFirstParagraphIsNotATitle() {
        let article = parse(body)
        #expect(article.title == nil)
        #expect(article.body == TextNormalizer.normalize(body))
    }

    @Test func narrativeDatesAreNotPublicationDates() {
        let article = parse("Harbour Breakwater Delayed Again\n\nOn September 22, 2024, the board met.\n\n" + body)
        #expect(article.published == nil)
    }

    @Test func anUpdateLineIsNeverThePublicationDate() {
        let article = parse(
            "Friday, January 23, 2026\n\nHarbour Breakwater Delayed Again\n\nUpdated: January 24, 2026 at 9:00 am\n\n"
                + body)
        #expect(article.published?.iso8601 == "2026-01-23")
        #expect(!article.body.contains("Updated"))
        let onlyUpdated = parse("Harbour Breakwater Delayed Again\n\nLast updated on March 5, 2025\n\n" + body)
        #expect(onlyUpdated.published == nil)
        #expect(onlyUpdated.body.hasPrefix("The harbour authority"))
    }

    @Test func datelinesInOtherLanguages() {
        #expect(parse("Hafen verzögert sich\n\nFreitag, 23. Januar 2026\n\n" + body).published?.iso8601 == "2026-01-23")
        #expect(parse("23 de enero de 2026\n\nEl puerto se retrasa\n\n" + body).published?.iso8601 == "2026-01-23")
    }

    @Test func aSingleParagraphIsAllBody() {
        let article = parse("Just one line of text that is the whole file")
        #expect(article.title == nil)
        #expect(article.body == "Just one line of text that is the whole file")
    }

    @Test func bylineAndDatelineOnConsecutiveLines() {
        let article = parse(
            "Harbour Breakwater Delayed Again\n\nBy Ines Marlowe and Tom Reyes\nTuesday, March 4, 2025\n\n" + body)
        #expect(article.authors == ["Ines Marlowe", "Tom Reyes"])
        #expect(article.published?.iso8601 == "2025-03-04")
        #expect(article.body.hasPrefix("The harbour authority"))
        let updated = parse(
            "Harbour Breakwater Delayed Again\n\nBy Ines Marlowe\nMarch 4, 2025\nUpdated March 6, 2025\n\n" + body)
        #expect(updated.published?.iso8601 == "2025-03-04")
        #expect(!updated.body.contains("Updated"))
    }

    @Test func aLineOfBareNamesUnderTheTitleIsTheByline() {
        let article = parse("Harbour Breakwater Delayed Again\n\nIness Marlowe, Tom Reyes and Ada Quist\n\n" + body)
        #expect(article.authors == ["Iness Marlowe", "Tom Reyes", "Ada Quist"])
        #expect(article.body.hasPrefix("The harbour authority"))
        let withRole = parse("Harbour Breakwater Delayed Again\n\nIness Marlowe | Harbour reporter\n\n" + body)
        #expect(withRole.authors == ["Iness Marlowe"])
        #expect(withRole.body.hasPrefix("The harbour authority"))
    }

    @Test func aNameWithItsRoleOnTheNextLine() {
        let article = parse("Harbour Breakwater Delayed Again\n\nIness Marlowe\nHarbour Correspondent\n\n" + body)
        #expect(article.authors == ["Iness Marlowe"])
        #expect(article.body.hasPrefix("The harbour authority"))
    }

    @Test func aBrowserCopyWithTheSiteNavigationAboveTheTitle() {
        let text = """
            Skip to main content

            Home
            Ports
            Weather

            Advertisement

            Harbour Breakwater Delayed Again

            Iness Marlowe
            Harbour Correspondent

            Published: 4 March 2025

            Share

            \(body)

            Related Topics

            Harbours
            Storms

            More on this story

            Advertisement
            """
        let article = parse(text)
        #expect(article.title == "Harbour Breakwater Delayed Again")
        #expect(article.authors == ["Iness Marlowe"])
        #expect(article.published?.iso8601 == "2025-03-04")
        #expect(article.body.hasPrefix("The harbour authority"))
        #expect(article.body.hasSuffix("said the project lead."))
    }

    @Test func anUndecidableNumericDatelineIsDroppedWithoutADate() {
        let article = parse("Harbour Breakwater Delayed Again\n\n03/04/2025\n\nBy Iness Marlowe\n\n" + body)
        #expect(article.published == nil)
        #expect(article.authors == ["Iness Marlowe"])
        #expect(article.body.hasPrefix("The harbour authority"))
    }

    @Test func aBioOfTheKnownAuthorAndTheCommentCountGo() {
        let text = """
            Harbour Breakwater Delayed Again

            By Iness Marlowe

            \(body)

            Iness Marlowe chairs the harbour users' group.

            Share this article

            Comments (14)
            """
        let article = parse(text)
        #expect(article.authors == ["Iness Marlowe"])
        #expect(article.body.hasSuffix("said the project lead."))
    }

    @Test func aClosingParagraphAboutSomeoneElseStays() {
        let text = """
            Harbour Breakwater Delayed Again

            By Iness Marlowe

            \(body)

            Tom Reyes said the work would resume in April.
            """
        #expect(parse(text).body.hasSuffix("resume in April."))
        let quoted =
            "Harbour Breakwater Delayed Again\n\nBy Iness Marlowe\n\n\(body)\n\nIness Marlowe said she would return."
        #expect(parse(quoted).body.hasSuffix("she would return."), "reported speech is not a bio")
    }

    @Test func itsBodyIsNormalizedTextWhateverItCutsAway() {
        let text = TextNormalizer.normalize(
            "date 2023-08-11   The council met on Tuesday and agreed to keep the library open all year.\n\n"
                + "By Ines Marlowe\n\nLeave a Reply")
        let body = PlainTextArticleParser().parse(text).body
        #expect(!body.isEmpty)
        #expect(TextNormalizer.normalize(body) == body)
    }
}
