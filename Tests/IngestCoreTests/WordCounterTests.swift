import IngestCore
import Testing

@Suite("Word count")
struct WordCounterTests {
    private func words(_ body: String) -> Int {
        Article(title: nil, author: nil, published: nil, body: body).wordCount
    }

    @Test func countsRunsOfLettersAndDigitsWithTheirInnerJoiners() {
        #expect(words("") == 0)
        #expect(words("One two  three.\n\nFour") == 4)
        #expect(words("Don’t say 2,000 or 3.5 — well-known l’État") == 7)
        #expect(words("end. Start, next") == 3, "a joiner followed by a space ends the word")
        #expect(words("Ein Jahr später — año número dos") == 6)
        #expect(words("حسن روحانی گفت") == 3)
        #expect(words("नमस्ते दुनिया") == 2, "a virama does not split a word")
        #expect(words("ภาษาไทย่") == 1, "nor does a tone mark")
        #expect(words("— … “ ” !") == 0)
    }
}
