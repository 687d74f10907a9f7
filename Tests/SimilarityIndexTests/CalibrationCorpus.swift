import SimilarityIndex

/// The texts the defaults are chosen on: generated articles (some sharing a subject) and the
/// real seeds, each with its republished variants; every pair of distinct base articles is
/// "unrelated" and must not be taken for a near-duplicate.
struct CalibrationCorpus: Sendable {
    struct Pair: Sendable {
        var label: String
        var a: String
        var b: String
        var sameSubject: Bool
    }

    var variants: [Pair] = []
    var unrelated: [Pair] = []

    static let shared = CalibrationCorpus()

    init(generated: Int = 120, subjects: Int = 3, perSubject: Int = 20) {
        var random = SplitMix64(seed: 2024)
        var bases: [(label: String, parts: ArticleParts, subject: Int?)] = []
        let topics = (0..<subjects).map { ArticleGenerator.subject(seed: UInt64(100 + $0)) }
        for index in 0..<generated {
            let subject = index < subjects * perSubject ? index % subjects : nil
            let parts = ArticleGenerator.article(subject: subject.map { topics[$0] }, using: &random)
            bases.append(("generated \(index)", parts, subject))
        }
        for (index, seed) in SeedArticles.all.enumerated() {
            bases.append(("seed \(index)", seed, -1))
        }
        for base in bases {
            let extra =
                base.subject == -1
                ? SeedArticles.addedParagraph
                : ArticleGenerator.paragraph(subject: base.subject.map { topics[$0] }, using: &random)
            for variant in base.parts.variants(extraParagraph: extra, using: &random) {
                variants.append(
                    Pair(
                        label: "\(base.label): \(variant.name)", a: base.parts.text, b: variant.text, sameSubject: true)
                )
            }
        }
        for i in bases.indices {
            for j in bases.indices where j > i {
                let same = bases[i].subject != nil && bases[i].subject == bases[j].subject
                unrelated.append(
                    Pair(
                        label: "\(bases[i].label) vs \(bases[j].label)", a: bases[i].parts.text,
                        b: bases[j].parts.text, sameSubject: same))
            }
        }
    }
}
