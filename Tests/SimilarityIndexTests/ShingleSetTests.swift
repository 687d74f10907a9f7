import SimilarityIndex
import Testing

@Suite("Shingle sets, Jaccard and containment")
struct ShingleSetTests {
    let paragraphs = [
        "The regional council approved the budget for the coming year after a long debate on road repairs.",
        "Opposition members argued that the money set aside for schools was far too small for the growing towns.",
        "The mayor of the largest town promised to return to the question of school funding in the spring.",
        "Residents who attended the meeting asked why the bus routes to the hospital had been cut last winter.",
    ]

    @Test func theFingerprintOfASetIsTheFingerprintOfItsText() {
        for text in [
            "One short line of words, repeated: one short line of words.",
            String(repeating: "Le conseil municipal a voté le budget du port. ", count: 30),
            "Too short", "",
        ] {
            #expect(MinHashFingerprint.fingerprint(of: ShingleSet(text)) == MinHashFingerprint.fingerprint(of: text))
        }
    }

    @Test func identicalTextsAreFullySimilar() {
        let text = paragraphs.joined(separator: "\n\n")
        #expect(ShingleSimilarity.jaccard(text, text) == 1)
        #expect(ShingleSimilarity.resemblance(text, text) == Resemblance(jaccard: 1, containment: 1))
    }

    @Test func repeatsCountOnce() {
        let set = ShingleSet("one two three four one two three four")
        #expect(set.count == 4)
        #expect(set.hashes == set.hashes.sorted())
    }

    @Test func unrelatedTextsShareNothing() {
        let other = "Heavy snow closed the mountain pass overnight and the ski lifts stayed shut until noon."
        #expect(ShingleSimilarity.jaccard(paragraphs[0], other) == 0)
        #expect(!ShingleSimilarity.resemblance(paragraphs[0], other).isNearDuplicate)
    }

    @Test func aTrimmedParagraphIsContained() {
        let full = paragraphs.joined(separator: "\n\n")
        let trimmed = paragraphs.dropLast().joined(separator: "\n\n")
        let resemblance = ShingleSimilarity.resemblance(full, trimmed)
        #expect(resemblance.containment == 1)
        #expect(resemblance.jaccard < 0.8)
        #expect(resemblance.isNearDuplicate)
    }

    @Test func anExcerptIsNotANearDuplicate() {
        let full = paragraphs.joined(separator: "\n\n")
        let resemblance = ShingleSimilarity.resemblance(full, paragraphs[1])
        #expect(resemblance.containment == 1)
        #expect(!resemblance.isNearDuplicate)
    }

    @Test func emptyTextsAreNotSimilar() {
        #expect(ShingleSimilarity.jaccard("", "") == 0)
        #expect(!ShingleSimilarity.resemblance("", paragraphs[0]).isNearDuplicate)
    }
}
