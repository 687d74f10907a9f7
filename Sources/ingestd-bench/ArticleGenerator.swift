import SimilarityIndex

/// Writes realistic, unique English news articles for the bench: a headline, a byline, a
/// dateline and paragraphs of local-news prose with attributed quotes, 2–5 KB each.
///
/// Deterministic: the same series and number always give the same bytes, so ingestd and the
/// peer are measured on identical files, and a cached store can be regenerated exactly. Every
/// number gives a different article (the number is in the first paragraph).
struct ArticleGenerator: Sendable {
    /// Keeps one set of files (the burst, the latency drops, the stored articles) apart from another.
    let series: String
    private let seed: UInt64

    init(series: String) {
        self.series = series
        seed = SplitMix64.seed(series)
    }

    /// Article `number` of this series.
    func article(_ number: Int) -> GeneratedArticle {
        var random = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: number) &* 0x9E37_79B9_7F4A_7C15))
        let place = random.pick(Vocabulary.places)
        let institution = random.pick(Vocabulary.institutions)
        let subject = random.pick(Vocabulary.subjects)
        let title =
            "\(place) \(institution) \(random.pick(Vocabulary.actions)) \(subject) plan as \(random.pick(Vocabulary.pressures))"
        let author = "\(random.pick(Vocabulary.firstNames)) \(random.pick(Vocabulary.lastNames))"
        let year = random.int(2018...2025)
        let month = random.int(1...12)
        let day = random.int(1...28)
        let scene = Scene(place: place, institution: institution, subject: subject)

        let targetBytes = random.int(2_150...4_700)
        var quotes: [GeneratedArticle.Quote] = []
        var paragraphs: [String] = [
            "\(place) — The \(institution) said on \(random.pick(Vocabulary.weekdays)) that it would take up the "
                + "\(subject) again before the end of \(random.pick(Vocabulary.months)). The proposal, filed as item "
                + "\(series)-\(number), runs to \(random.int(14...260)) pages and has already drawn "
                + "\(random.int(40...900)) written comments."
        ]
        var size = title.utf8.count + author.utf8.count + paragraphs[0].utf8.count + 40
        while size < targetBytes {
            // Three to five different kinds of sentence, so that no paragraph repeats itself.
            var kinds = Array(0..<Scene.kinds)
            var sentences: [String] = []
            for taken in 0..<random.int(3...5) {
                kinds.swapAt(taken, random.int(taken...(kinds.count - 1)))
                sentences.append(scene.sentence(kinds[taken], &random, quotes: &quotes))
            }
            let paragraph = sentences.joined(separator: " ")
            if size + paragraph.utf8.count > 4_900, size >= 2_100 { break }
            paragraphs.append(paragraph)
            size += paragraph.utf8.count + 2
        }
        return GeneratedArticle(
            title: title, author: author, year: year, month: month, day: day,
            dateline: "\(Vocabulary.months[month - 1]) \(day), \(year)", paragraphs: paragraphs, quotes: quotes)
    }
}

/// What one article is about: the sentences refer back to it.
///
/// Sentences are put together from short interchangeable chunks (see ``Phrasebook``), so that
/// two articles share about as little wording as two real reports on one subject: the seeds
/// share 1 % of their 4-word shingles, and a bench corpus built from a dozen fixed sentence
/// templates shared 18 %, which made every article look like a near-duplicate candidate.
private struct Scene {
    let place: String
    let institution: String
    let subject: String

    /// How many kinds of sentence ``sentence(_:_:quotes:)`` writes.
    static let kinds = 12

    func sentence(_ kind: Int, _ random: inout SplitMix64, quotes: inout [GeneratedArticle.Quote]) -> String {
        func pick(_ list: [String]) -> String { random.pick(list) }
        func person() -> String { "\(random.pick(Vocabulary.firstNames)) \(random.pick(Vocabulary.lastNames))" }
        switch kind {
        case 0, 1:
            let speaker = person()
            let said = Phrasebook.quotation(&random, subject: subject)
            quotes.append(.init(speaker: speaker, text: said + "."))
            if kind == 0 {
                return "“\(said),” \(pick(Phrasebook.saidVerbs)) \(speaker), \(pick(Vocabulary.roles)) "
                    + "\(pick(Phrasebook.roleTails)) \(random.int(1998...2021))."
            }
            return "\(speaker), \(pick(Vocabulary.roles)), \(pick(Phrasebook.leadIns)): “\(said).”"
        case 2:
            return "\(pick(Phrasebook.sources)) \(pick(Phrasebook.showVerbs)) \(pick(Phrasebook.measures)) "
                + "\(pick(Phrasebook.trends)) \(random.int(2...38)) percent \(pick(Phrasebook.periods)) "
                + "\(random.int(2...9)) years, \(pick(Phrasebook.comparisons))."
        case 3:
            return "\(pick(Phrasebook.crowdOpenings)) \(random.int(60...700)) \(pick(Phrasebook.crowdNouns)) "
                + "\(pick(Phrasebook.crowdVerbs)) \(pick(Phrasebook.venues)) in \(place) on "
                + "\(random.pick(Vocabulary.weekdays)) \(pick(Phrasebook.dayParts)), \(pick(Phrasebook.crowdTails)) "
                + "\(random.pick(Vocabulary.groups))."
        case 4:
            return "\(pick(Phrasebook.critics)) \(pick(Phrasebook.pointedTo)) \(random.pick(Vocabulary.places)), "
                + "where \(pick(Phrasebook.similarThings)) \(pick(Phrasebook.fates)) after \(random.int(3...30)) "
                + "\(pick(Phrasebook.units)) \(pick(Phrasebook.reasons))."
        case 5:
            return "The \(institution) \(pick(Phrasebook.deadlines)) \(random.pick(Vocabulary.months)) "
                + "\(random.int(1...28)) \(pick(Phrasebook.toDeliver)), \(pick(Phrasebook.thenWhat)) "
                + "\(random.int(5...15)) \(pick(Phrasebook.members))."
        case 6:
            return "\(pick(Phrasebook.experts)) \(pick(Phrasebook.cautioned)) \(pick(Phrasebook.estimates)) "
                + "\(pick(Phrasebook.restOn)) \(random.int(2...6)) \(pick(Phrasebook.scenarios)), "
                + "\(pick(Phrasebook.hedges))."
        case 7:
            return "\(pick(Phrasebook.statements)) \(person()) \(pick(Phrasebook.calledIt)) the \(subject) "
                + "\(pick(Phrasebook.verdicts)) and \(pick(Phrasebook.promises))."
        case 8:
            return "\(pick(Phrasebook.supporters)) \(pick(Phrasebook.argue)) \(pick(Phrasebook.rulesWere)) "
                + "\(random.int(12...70)) years ago, when \(place) \(pick(Phrasebook.backThen))."
        case 9:
            return "\(pick(Phrasebook.spokespeople)) the \(institution) \(pick(Phrasebook.declined)) "
                + "\(random.int(3...90)) \(pick(Phrasebook.objections)) \(pick(Phrasebook.wouldDelay))."
        case 10:
            return "\(pick(Phrasebook.opponents)) \(random.pick(Vocabulary.groups)) \(pick(Phrasebook.collected)) "
                + "\(random.int(1...19)),\(random.int(100...999)) \(pick(Phrasebook.petitions))."
        default:
            return "\(pick(Phrasebook.officials)) \(pick(Phrasebook.expectWork)) \(random.pick(Vocabulary.months)), "
                + "\(pick(Phrasebook.lasting)) \(random.int(2...7)) \(pick(Phrasebook.units)) "
                + "\(pick(Phrasebook.ifClauses))."
        }
    }
}

/// One article from ``ArticleGenerator``: its parts, and the file a person would save.
struct GeneratedArticle: Sendable {
    /// A direct quotation in the body and who said it.
    struct Quote: Sendable {
        let speaker: String
        let text: String
    }

    let title: String
    let author: String
    let year: Int
    let month: Int
    let day: Int
    /// The date as the article writes it.
    let dateline: String
    let paragraphs: [String]
    let quotes: [Quote]

    /// The file as saved: headline, byline, dateline, paragraphs.
    var text: String {
        ([title, "By " + author, dateline] + paragraphs).joined(separator: "\n\n") + "\n"
    }

    /// The body as ingestd stores it: the paragraphs, one blank line apart.
    var body: String { paragraphs.joined(separator: "\n\n") }
}
