import Foundation
import Testing

@testable import IngestCore

/// Quotations, who said them and when, in fixtures written for these tests.
@Suite("Finding quotations, their speakers and dates")
struct QuoteExtractorTests {
    private func quotes(_ body: String, published: String? = nil) -> [Quote] {
        let date = published.flatMap(DateText.parse)
        return QuoteExtractor.quotes(in: body, published: date)
    }

    @Test func speakerBeforeWithAppositionAndDate() throws {
        let body = """
            On March 14, Lena Hartmann, the harbour master of Westport, said, “The breakwater will not open before the autumn storms are over.”
            """
        let found = quotes(body, published: "2025-06-02")
        let quote = try #require(found.first)
        #expect(found.count == 1)
        #expect(quote.speaker == "Lena Hartmann")
        #expect(quote.text == "The breakwater will not open before the autumn storms are over.")
        #expect(quote.saidOn == Quote.SaidOn(text: "March 14", date: CalendarDate(year: 2025, month: 3, day: 14)))
    }

    @Test func aDayAfterThePublicationDayBelongsToTheYearBefore() throws {
        let body = "On December 30, Tom Reyes said, “We counted every vessel in the harbour twice that night.”"
        let quote = try #require(quotes(body, published: "2026-01-05").first)
        #expect(quote.saidOn?.text == "December 30")
        #expect(quote.saidOn?.date?.iso8601 == "2025-12-30")
        let unknownYear = try #require(quotes(body).first)
        #expect(unknownYear.saidOn?.text == "December 30")
        #expect(unknownYear.saidOn?.date == nil)
    }

    @Test func aWrittenYearWins() throws {
        let body = "Tom Reyes said on 4 July 2019: “We counted every vessel in the harbour twice that night.”"
        let quote = try #require(quotes(body, published: "2026-01-05").first)
        #expect(quote.saidOn?.text == "4 July 2019")
        #expect(quote.saidOn?.date?.iso8601 == "2019-07-04")
        #expect(quote.speaker == "Tom Reyes")
    }

    @Test func speakerAfterTheQuotationAndSurnameResolved() throws {
        let body = """
            Harbour master Lena Hartmann has run the port for a decade.

            “Nobody here remembers a winter like this one,” said Hartmann. “We lost four months to the weather alone,” Hartmann added on Tuesday.
            """
        let found = quotes(body)
        #expect(found.map(\.speaker) == ["Lena Hartmann", "Lena Hartmann"])
        #expect(
            found.map(\.text) == [
                "Nobody here remembers a winter like this one,", "We lost four months to the weather alone,",
            ])
        #expect(found.allSatisfy { $0.saidOn == nil }, "a weekday is not a calendar date")
    }

    @Test func titlesAndRolesAreNotPartOfTheName() throws {
        let body = """
            “The fleet will stay in port until the inquiry ends,” Fisheries Minister Paul Okafor told reporters.

            Harbour Commissioner Dr. Amelia Stone was blunter. “We will not reopen the north quay this year, whatever the ministry says,” Stone said.
            """
        let found = quotes(body)
        #expect(found.map(\.speaker) == ["Paul Okafor", "Amelia Stone"])
    }

    @Test func descriptionsAndAccordingTo() throws {
        let body = """
            “The repairs were never properly funded in the first place,” a senior port official told the Coastal Courier.

            According to a spokesperson for the ministry, “the budget for the quay was cut twice in three years.”
            """
        let found = quotes(body)
        #expect(found.map(\.speaker) == ["a senior port official", "a spokesperson for the ministry"])
    }

    @Test func pronounsAndTheSentenceBeforeGiveTheSpeaker() throws {
        let body = """
            Marta Quinn, who chairs the fishermen’s cooperative, spoke at the town hall on May 3. She said, “Our boats have been idle for eleven weeks now.”

            “We were promised compensation in February and have seen none of it,” Quinn told the meeting. “Not one cent has arrived.”
            """
        let found = quotes(body)
        #expect(found.map(\.speaker) == ["Marta Quinn", "Marta Quinn", "Marta Quinn"])
        #expect(found.first?.saidOn?.text == "May 3")
    }

    /// Paragraphs without a quotation mark are read only when a name is looked up: the names
    /// they give must still be found, before the quotation and after it.
    @Test func namesComeFromParagraphsWithoutQuotationMarks() throws {
        let body = """
            Dana Whitlock opened the ferry terminal in 2009.

            “The crossing pays for itself in the summer months,” she said.

            “Tolls will rise next spring for every passenger car,” said Brandt.

            The plan was drawn up by operations chief Oskar Brandt and his staff.
            """
        #expect(quotes(body).map(\.speaker) == ["Dana Whitlock", "Oskar Brandt"])
    }

    @Test func colonLeadInAcrossParagraphs() throws {
        let body = """
            Harbour master Lena Hartmann stated on September 22:

            “The storm surge reached the top of the sea wall twice in a single night.”
            """
        let quote = try #require(quotes(body).first)
        #expect(quote.speaker == "Lena Hartmann")
        #expect(quote.text.hasPrefix("The storm surge reached"))
    }

    @Test func scareQuotesAndTitlesAreNotQuotations() {
        let body = """
            The ministry called the delay “regrettable” and promised “swift action” on the matter.

            Her report, titled “The Future of Small Harbours in Europe”, was published last year.

            The mayor’s office said the quay was “a monument to bad planning and worse luck.”
            """
        let found = quotes(body)
        #expect(found.map(\.text) == ["a monument to bad planning and worse luck."])
        #expect(found.first?.speaker == "The mayor’s office")
    }

    @Test func straightQuotesAndSentencesInsideOneQuotation() throws {
        let body = """
            Tom Reyes, a trawler captain, was angry. "We cannot fish. We cannot sell. We cannot even leave the harbour," he said.
            """
        let quote = try #require(quotes(body).first)
        #expect(quote.text == "We cannot fish. We cannot sell. We cannot even leave the harbour,")
        #expect(quote.speaker == "Tom Reyes")
    }

    @Test func aFragmentWithNoSpeakerIsNotAQuotation() {
        let body = "The plan would be met with “a great deal of resistance from the fleet” if it went ahead."
        #expect(quotes(body).isEmpty)
    }

    @Test func french() throws {
        let body = """
            « Nous ne rouvrirons pas le port avant l’automne », a déclaré mardi le ministre Jean Dupont.

            Selon Claire Martin, maire de la ville, « les pêcheurs attendent toujours leurs indemnités depuis le 12 mars ».
            """
        let found = quotes(body, published: "2025-06-01")
        #expect(found.map(\.speaker) == ["Jean Dupont", "Claire Martin"])
        #expect(found.first?.text == "Nous ne rouvrirons pas le port avant l’automne")
        #expect(found.last?.saidOn == nil, "a date inside the quotation is not when it was said")
    }

    @Test func german() throws {
        let body = """
            „Wir werden den Hafen erst im Herbst wieder öffnen“, sagte Bürgermeisterin Anna Becker am 12. März 2025.

            »Die Fischer warten seit Monaten auf ihr Geld«, so Becker.

            Der Minister Klaus Weber erklärte: „Die Mittel wurden zweimal gekürzt, das war ein Fehler.“
            """
        let found = quotes(body)
        #expect(found.map(\.speaker) == ["Anna Becker", "Anna Becker", "Klaus Weber"])
        #expect(
            found.first?.saidOn
                == Quote.SaidOn(text: "12. März 2025", date: CalendarDate(year: 2025, month: 3, day: 12)))
        #expect(found.first?.text == "Wir werden den Hafen erst im Herbst wieder öffnen")
    }

    @Test func spanish() throws {
        let body = """
            «Vamos a reabrir el puerto en otoño», dijo el ministro Pedro Álvarez el 5 de marzo.

            Según la alcaldesa Lucía Romero, «los pescadores siguen esperando las ayudas prometidas».

            La alcaldesa Romero afirmó: «No vamos a aceptar más retrasos en las obras del muelle».
            """
        let found = quotes(body, published: "2025-06-01")
        #expect(found.map(\.speaker) == ["Pedro Álvarez", "Lucía Romero", "Lucía Romero"])
        #expect(
            found.first?.saidOn == Quote.SaidOn(text: "5 de marzo", date: CalendarDate(year: 2025, month: 3, day: 5)))
    }

    @Test func onlyOpeningQuotationMarksLetTheExtractorRun() {
        #expect(!QuoteExtractor.mayHoldQuotes("Prices rose 5 € — the mayor’s plan, it’s said… ° · ©"))
        for mark in ["\"", "“", "„", "«", "»"] {
            #expect(QuoteExtractor.mayHoldQuotes("He said \(mark)yes"), "\(mark)")
        }
    }

    @Test func noQuotationMarksNoQuotes() {
        #expect(quotes("The harbour authority confirmed on Tuesday that the breakwater will open next spring.").isEmpty)
    }

    @Test(.enabled(if: SharedFixtures.root != nil, "needs the shared seed articles"))
    func everyExpectedSeedQuotationIsFound() throws {
        let fixtures = try #require(SharedFixtures.root)
        struct File: Decodable {
            struct Article: Decodable {
                var file: String
                var quotes: [Expected]
            }
            struct Expected: Decodable {
                var speaker_contains: String
                var date_text: String?
                var text_starts_with: String
            }
            var articles: [Article]
        }
        let data = try Data(contentsOf: fixtures.appendingPathComponent("seeds.expected.json"))
        for article in try JSONDecoder().decode(File.self, from: data).articles {
            let url = fixtures.appendingPathComponent("seeds/" + article.file)
            let extracted = try ArticleExtractor().extract(Array(Data(contentsOf: url)), now: Date()).get()
            for expected in article.quotes {
                let quote = extracted.article.quotes.first { $0.text.hasPrefix(expected.text_starts_with) }
                #expect(quote != nil, "\(article.file): no quotation starting “\(expected.text_starts_with)”")
                guard let quote else { continue }
                #expect(
                    quote.speaker?.contains(expected.speaker_contains) == true,
                    "\(article.file): speaker \(quote.speaker ?? "nil")")
                #expect(quote.saidOn?.text == expected.date_text, "\(article.file): \(expected.text_starts_with)")
            }
        }
    }

    @Test func anAbbreviatedTitleDoesNotEndTheSpeakersName() throws {
        let body =
            "“The pier has moved four centimetres since the spring,” said Dr. Lena Hartmann, the harbour engineer."
        #expect(try #require(quotes(body).first).speaker == "Lena Hartmann")
        let german = "„Der Damm hält noch zwei Winter“, sagte Projektleiterin Prof. Anna Roth."
        #expect(try #require(quotes(german).first).speaker == "Anna Roth")
    }

    @Test func aNameAfterTheRoleWins() throws {
        for (body, speaker) in [
            (
                "“We will reopen the pier before the summer season,” said the harbour master, Lena Hartmann.",
                "Lena Hartmann"
            ),
            (
                "« Nous rouvrirons la jetée avant l’été », a déclaré la maire, Hélène Vasseur, devant le conseil.",
                "Hélène Vasseur"
            ),
            (
                "„Der Wolf ist zurück und wird bleiben“, sagte die Leiterin des Projekts, Dr. Sabine Roth.",
                "Sabine Roth"
            ),
        ] {
            #expect(try #require(quotes(body).first).speaker == speaker, "\(body)")
        }
        let organisation =
            "“We will reopen the pier before the summer season,” said the harbour board, Reuters reported."
        #expect(try #require(quotes(organisation).first).speaker == "the harbour board")
    }

    @Test func moreSpeechVerbsAndAnInvertedFrenchPronoun() throws {
        let french = "« Quand on a reçu la lettre, on a cru que tout était fini », raconte Fatima Roussel."
        #expect(try #require(quotes(french).first).speaker == "Fatima Roussel")
        let spanish = "«Al principio pensaban que el pan salía de la tienda», contó la maestra Carmen Ruiz."
        #expect(try #require(quotes(spanish).first).speaker == "Carmen Ruiz")
        let inverted =
            "Pour Sylvie Morel, la récolte pourrait surprendre. « Les acidités sont meilleures que prévu », a-t-elle déclaré."
        #expect(try #require(quotes(inverted).first).speaker == "Sylvie Morel")
    }

    @Test func aShortFullSentenceIsAQuotationButAScareQuoteIsNot() throws {
        let body = "“We paid for the training,” said Lena Hartmann. “They answered.” The pool opens on Saturday."
        let found = quotes(body)
        #expect(found.map(\.text) == ["We paid for the training,", "They answered."])
        #expect(found.last?.speaker == "Lena Hartmann")
        #expect(quotes("The board called the plan “very bold” on Tuesday, and the mayor agreed with it.").isEmpty)
    }

    /// The date search starts four unquoted tokens before the first day number: it finds
    /// what searching all the unquoted tokens finds, with dates of every shape at the start,
    /// right after a quotation and at the end, and numbers that are no day (0, 32, 2024); a
    /// month of three digits puts the day four tokens after the year ("2024-010-22").
    @Test func theShortenedDateSearchFindsWhatTheFullOneFinds() {
        let dates = [
            "2024-09-22", "2024-010-22", "1999-0012-31", "Sept. 5, 2025", "September 5", "5 September 2024",
            "am 12. März 2024", "le 1er mars",
            "22 de septiembre de 2024", "del 2024", "on 0 and 32 or 2024", "May 31", "Feb. 30", "12 of June",
        ]
        let fillers = ["", "Ann Lee said", "“Quoted 7 words here,” she said", "in 2019 and 45 more", "a b c d e"]
        var disagreements: [String] = []
        for date in dates {
            for before in fillers {
                for after in fillers {
                    for text in [before + " " + date + " " + after, "\(before), “\(date)” \(after) \(date)."] {
                        let paragraph = QuotedParagraph(Substring(text))
                        let unquoted = paragraph.tokens.indices.filter { !paragraph.quoted[$0] }
                        let full = DateText.mentions(in: TokenSelection(tokens: paragraph.tokens, positions: unquoted))
                        let short = QuoteExtractor.dateMentions(in: paragraph.tokens, quoted: paragraph.quoted)
                        let describe = { (found: [DateText.Mention]) in
                            found.map { "\($0.range) \($0.day).\($0.month).\($0.year ?? 0)" }
                        }
                        if describe(full) != describe(short) { disagreements.append(text) }
                    }
                }
            }
        }
        #expect(disagreements.isEmpty, "first ones: \(disagreements.prefix(20))")
    }

    /// The body is searched once for opening marks, on from the end of each paragraph that
    /// holds one: found at every offset after ASCII or a character sharing a mark's lead byte,
    /// and the paragraphs between are passed over.
    @Test func openingMarksAreFoundWhereTheyStandAndInLaterParagraphs() throws {
        for count in 0..<20 {
            for filler in ["", "€", "–", "’", "\u{AC}", "\u{A0}", "”"] {
                for mark in ["\"", "“", "„", "«", "»"] {
                    let lead = String(repeating: "x", count: count) + filler + " "
                    let text = lead + mark + "one" + "\n\nplain ’ – €\n\n" + lead + mark + "two"
                    let first = try #require(
                        QuoteExtractor.firstOpeningMark(in: text, from: 0), "\(text.debugDescription)")
                    #expect(first == lead.utf8.count, "\(text.debugDescription)")
                    let second = QuoteExtractor.firstOpeningMark(in: text, from: first + 1)
                    #expect(second == text.utf8.count - mark.utf8.count - 3, "\(text.debugDescription)")
                }
            }
        }
        let body = """
            Mara Quist opened the hearing on the harbour wall.

            “The wall has held for ninety years and it will hold for ninety more,” said Mara Quist.

            Nobody answered her for a while.

            Later, Ivo Brandt said, “We will see about that when the next storm comes in.”
            """
        #expect(quotes(body).map(\.speaker) == ["Mara Quist", "Ivo Brandt"])
    }
}
