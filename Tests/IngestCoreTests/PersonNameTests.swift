import IngestCore
import Testing

@Suite("Telling person names from other short lines")
struct PersonNameTests {
    @Test(arguments: ["Mustafa Fahs", "Shamsi Saadati", "Ursula von der Leyen", "J. R. Smith", "Seán O’Brien"])
    func acceptsNames(text: String) {
        #expect(PersonName.isName(text))
    }

    @Test(arguments: [
        "MEK Iran", "Iran International", "Leave a Reply", "Related Posts", "Madonna", "Is the Regime Falling?",
        "The Daily Example News", "Ali 2",
    ])
    func refusesWhatIsNotAPerson(text: String) {
        #expect(!PersonName.isName(text))
    }
}
