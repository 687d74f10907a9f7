import Foundation
import IngestCore
import Testing

@Suite("Reading articles saved as Markdown")
struct MarkdownArticleParserTests {
    private let extractor = ArticleExtractor(minimumBodyLength: 40)

    private func article(_ text: String, name: String = "article.md") throws -> Article {
        try extractor.extract(Array(text.utf8), fileName: name, now: Date(timeIntervalSince1970: 1_795_262_400))
            .get().article
    }

    @Test func readsFrontMatter() throws {
        let text = """
            ---
            title: "Ferries back after the storms"
            authors:
              - Jane Doe
              - John Roe
            date: 2026-01-23 09:30:00 +0330
            site: The Harbour Ledger
            lang: en
            ---

            The ferry service **resumed** on Monday after a week of storms, the [operator](https://example.org) said.

            ![The ferry](ferry.jpg)

            ## What changes

            - Two extra sailings on Saturdays.
            - Cheaper *return* tickets for residents.

            ```
            timetable_v2 = final
            ```

            > We are glad to be back.
            """
        let article = try article(text)
        #expect(article.format == .markdown)
        #expect(article.title == "Ferries back after the storms")
        #expect(article.authors == ["Jane Doe", "John Roe"])
        #expect(article.published?.iso8601 == "2026-01-23")
        #expect(article.publishedAt == "2026-01-23T09:30:00+03:30")
        #expect(article.site == "The Harbour Ledger")
        #expect(article.language == "en")
        #expect(
            article.body == """
                The ferry service resumed on Monday after a week of storms, the operator said.

                What changes

                Two extra sailings on Saturdays.

                Cheaper return tickets for residents.

                timetable_v2 = final

                We are glad to be back.
                """)
    }

    @Test func theFirstHeadingIsTheTitleAndTheTextRulesStillApply() throws {
        let text = """
            # Ferries back after the storms

            By Jane Doe

            The ferry service resumed on Monday after a week of storms kept the boats in harbour.

            Leave a Reply

            Your email address will not be published.
            """
        let article = try article(text, name: "notes.txt")
        #expect(article.format == .markdown)
        #expect(article.title == "Ferries back after the storms")
        #expect(article.authors == ["Jane Doe"])
        #expect(article.body == "The ferry service resumed on Monday after a week of storms kept the boats in harbour.")
    }

    @Test func aFrontMatterAuthorMustBeAPerson() throws {
        let text =
            "---\ntitle: Ferries back\nauthor: admin\ndate: January 23, 2026\n---\n\n"
            + "The ferry service resumed on Monday after a week of storms kept the boats in harbour."
        let article = try article(text)
        #expect(article.authors == [])
        #expect(article.published?.iso8601 == "2026-01-23")
        #expect(article.publishedAt == nil)
    }

    @Test func aClippedPageAddressIsNotTheSiteAndAnObsidianLinkNamesTheAuthor() throws {
        let text = """
            ---
            title: Ferries back after the storms
            source: https://www.harbourledger.example/news/ferries-back
            author:
              - "[[Jane Doe]]"
            ---

            The ferry service resumed on Monday after a week of storms kept the boats in harbour.
            """
        let article = try article(text)
        #expect(article.site == nil)
        #expect(article.authors == ["Jane Doe"])
        let named = try self.article(
            text.replacingOccurrences(
                of: "https://www.harbourledger.example/news/ferries-back", with: "The Harbour Ledger"))
        #expect(named.site == "The Harbour Ledger")
    }

    @Test func aClosingNoteUnderARuleIsNotText() throws {
        let text = """
            # Ferries back after the storms

            The ferry service resumed on Monday after a week of storms kept the boats in harbour.

            The harbour master said the timetable would be back to normal by Friday.

            ---

            *Enjoyed this article? Sign up to our weekly letter.*
            """
        let article = try article(text)
        #expect(article.body.hasSuffix("normal by Friday."))
        let setext =
            "# Ferries\n\nThe ferry service resumed on Monday after a week of storms.\n\nA section\n---\n\n*Still text.*"
        #expect(try self.article(setext).body.hasSuffix("Still text."), "a rule under a line is a heading")
    }

    @Test func frontMatterKeysInOtherLanguages() throws {
        let text = """
            ---
            title: Les ferries reprennent
            auteur: Jeanne Dupont
            ---

            Le service de ferry a repris lundi après une semaine de tempêtes dans le port.
            """
        #expect(try article(text).authors == ["Jeanne Dupont"])
    }
}
