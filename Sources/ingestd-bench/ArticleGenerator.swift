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
private struct Scene {
    let place: String
    let institution: String
    let subject: String

    /// How many kinds of sentence ``sentence(_:_:quotes:)`` writes.
    static let kinds = 12

    func sentence(_ kind: Int, _ random: inout SplitMix64, quotes: inout [GeneratedArticle.Quote]) -> String {
        switch kind {
        case 0:
            let speaker = "\(random.pick(Vocabulary.firstNames)) \(random.pick(Vocabulary.lastNames))"
            let said = random.pick(Vocabulary.quotes)
            quotes.append(.init(speaker: speaker, text: said + "."))
            return "“\(said),” said \(speaker), \(random.pick(Vocabulary.roles)) who has followed the debate since "
                + "\(random.int(2008...2019))."
        case 1:
            let speaker = "\(random.pick(Vocabulary.firstNames)) \(random.pick(Vocabulary.lastNames))"
            let said = random.pick(Vocabulary.quotes)
            quotes.append(.init(speaker: speaker, text: said + "."))
            return "\(speaker), \(random.pick(Vocabulary.roles)), put it bluntly: “\(said).”"
        case 2:
            return "Figures published by the \(institution) show spending on the \(subject) rising "
                + "\(random.int(2...38)) percent over \(random.int(2...9)) years, well ahead of inflation."
        case 3:
            return "More than \(random.int(60...700)) people packed a hearing in \(place) on "
                + "\(random.pick(Vocabulary.weekdays)) evening, many of them \(random.pick(Vocabulary.groups)) "
                + "who said they had learned of the plan only days earlier."
        case 4:
            return "Critics pointed to \(random.pick(Vocabulary.places)), where a similar measure was abandoned "
                + "after \(random.int(3...30)) months when the promised savings never appeared."
        case 5:
            return "The \(institution) has until \(random.pick(Vocabulary.months)) \(random.int(1...28)) to publish "
                + "a final version, which then goes to a vote of its \(random.int(5...15)) members."
        case 6:
            return "Analysts cautioned that the estimates rest on \(random.int(2...6)) scenarios with very "
                + "different assumptions about growth, and that the range could narrow as new data arrives."
        case 7:
            return "In a written statement, the office of \(random.pick(Vocabulary.firstNames)) "
                + "\(random.pick(Vocabulary.lastNames)) called the review of the \(subject) a necessary first step "
                + "and promised further consultation."
        case 8:
            return "Supporters argue the change is overdue: the current rules were written "
                + "\(random.int(12...70)) years ago, when \(place) had barely half its present population."
        case 9:
            return "A spokesperson for the \(institution) declined to say whether the "
                + "\(random.int(3...90)) formal objections filed so far would delay the timetable."
        case 10:
            return "Opponents, led by \(random.pick(Vocabulary.groups)), have collected "
                + "\(random.int(1...19)),\(random.int(100...999)) signatures calling for the question to be put "
                + "to voters directly."
        default:
            return "Officials expect the first contracts to be signed in \(random.pick(Vocabulary.months)), "
                + "with work lasting at least \(random.int(2...7)) years if the schedule holds."
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
