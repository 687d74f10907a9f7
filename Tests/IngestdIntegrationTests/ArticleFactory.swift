import Foundation
import SimilarityIndex

/// Writes realistic, unique English news articles for tests that need many files: a headline,
/// a byline, a dateline and several paragraphs of local-politics prose, 2–5 KB each.
///
/// The same `series` and number always give the same article; a number gives a different
/// article from every other number (it is named in the body, and the last sentence).
struct ArticleFactory: Sendable {
    /// Keeps one test's articles apart from another's.
    let series: String

    init(series: String) {
        self.series = series
    }

    /// Article `number`; `paragraphs` body paragraphs (default: 5 to 7, for 2–5 KB).
    func article(_ number: Int, paragraphs: Int? = nil) -> GeneratedArticle {
        var random = SplitMix64(seed: Self.stableHash(series) ^ UInt64(truncatingIfNeeded: number) &* 0x9E37_79B9)
        let city = random.pick(Words.cities)
        let agency = random.pick(Words.agencies)
        let topic = random.pick(Words.topics)
        let title = "\(city) \(agency) weighs \(topic) overhaul as \(random.pick(Words.pressures))"
        let author = "\(random.pick(Words.firstNames)) \(random.pick(Words.lastNames))"
        let month = random.int(1...12)
        let day = random.int(1...28)
        let year = random.int(2019...2025)
        let context = Words.Context(city: city, agency: agency, topic: topic, number: number, series: series)

        let count = paragraphs ?? random.int(5...7)
        var body: [String] = []
        body.append(
            "Officials in \(city) said on \(random.pick(Words.weekdays)) that the \(agency) would review its "
                + "\(topic) rules before the end of \(Words.months[random.int(0...11)]). The filing, registered as "
                + "case \(series)-\(number), runs to \(random.int(12...240)) pages.")
        while body.count < count {
            let templates = Words.sentences.shuffled(using: &random).prefix(random.int(3...5))
            body.append(templates.map { $0(context, &random) }.joined(separator: " "))
        }
        let lastSentence =
            "A further hearing on the matter, item \(number) on the \(series) docket, is scheduled for "
            + "\(Words.months[random.int(0...11)]) \(random.int(1...28))."
        body[body.count - 1] += " " + lastSentence
        return GeneratedArticle(
            title: title, author: author,
            published: String(format: "%04d-%02d-%02d", year, month, day),
            dateline: "\(Words.months[month - 1]) \(day), \(year)",
            paragraphs: body, lastSentence: lastSentence)
    }

    /// FNV-1a: stable from run to run, unlike `Hasher`.
    private static func stableHash(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}

/// One article from ``ArticleFactory``, with what ingestd should extract from it.
struct GeneratedArticle: Sendable {
    let title: String
    let author: String
    /// `yyyy-mm-dd`, as the store writes it.
    let published: String
    /// The date as the article writes it.
    let dateline: String
    let paragraphs: [String]
    /// The body's last sentence: found in a stored body only if the whole file was read.
    let lastSentence: String

    /// The file as a person would save it: headline, byline, dateline, paragraphs.
    var text: String {
        ([title, "By " + author, dateline] + paragraphs).joined(separator: "\n\n") + "\n"
    }

    /// ``text`` as UTF-8.
    var data: Data { Data(text.utf8) }

    /// The body ingestd should store: the paragraphs, headline and byline gone.
    var body: String { paragraphs.joined(separator: "\n\n") }
}

/// The picking ``ArticleFactory`` does.
extension SplitMix64 {
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[Int.random(in: 0..<elements.count, using: &self)]
    }
}

/// The vocabulary of ``ArticleFactory``.
private enum Words {
    /// What a sentence may mention of the article it is written for.
    struct Context {
        var city: String
        var agency: String
        var topic: String
        var number: Int
        var series: String
    }

    static let cities = [
        "Millbrook", "Eastport", "Carver Falls", "Linden", "Halvorsen Bay", "Redmond Springs", "Ashford",
        "Port Marlow", "Greyson", "Wexley", "Oakridge", "Fairhaven",
    ]
    static let agencies = [
        "city council", "transit authority", "school board", "water district", "planning commission",
        "housing agency", "county board", "port authority",
    ]
    static let topics = [
        "zoning", "bus fare", "school funding", "flood defence", "rent control", "parking", "road repair",
        "library hours", "waste collection", "bike lane",
    ]
    static let pressures = [
        "costs climb", "residents push back", "deadline nears", "budget tightens", "state review looms",
        "audit finds gaps",
    ]
    static let firstNames = [
        "Maria", "James", "Aisha", "Tomas", "Elena", "Robert", "Priya", "Daniel", "Grace", "Omar", "Hannah",
        "Lucas",
    ]
    static let lastNames = [
        "Lindqvist", "Okafor", "Brennan", "Castillo", "Whitfield", "Nakamura", "Petrov", "Gallagher", "Moreau",
        "Haddad", "Sorensen", "Quinlan",
    ]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let roles = [
        "retired engineer", "shop owner", "parent of two", "council member", "nurse", "union organiser",
        "long-time resident",
    ]
    static let groups = ["neighbourhood associations", "local businesses", "tenant groups", "commuters", "teachers"]

    static let sentences: [@Sendable (Context, inout SplitMix64) -> String] = [
        { context, random in
            "The proposal, first floated in \(random.int(2009...2018)), drew sharp criticism from "
                + "\(random.pick(groups)) who argued that it would shift costs onto those least able to pay."
        },
        { context, random in
            "“We have been asking for this for \(random.int(3...25)) years,” said \(random.pick(firstNames)) "
                + "\(random.pick(lastNames)), a \(random.pick(roles)) who has followed the \(context.topic) debate "
                + "closely."
        },
        { context, random in
            "According to figures released by the \(context.agency), spending on \(context.topic) rose by "
                + "\(random.int(2...41)) percent over the past \(random.int(2...9)) years."
        },
        { context, random in
            "Residents packed a public hearing in \(context.city) on \(random.pick(weekdays)), and many said "
                + "they had learned of the plan only from a notice taped to a lamp post."
        },
        { context, random in
            "Critics noted that a similar measure in \(random.pick(cities)) had been withdrawn after "
                + "\(random.int(2...18)) months, when the promised savings failed to appear."
        },
        { context, random in
            "The \(context.agency) has until \(random.pick(months)) to publish a final version of the plan, "
                + "which will then go to a vote of its \(random.int(5...15)) members."
        },
        { context, random in
            "Analysts cautioned that the numbers could change as more data arrives, and that the "
                + "\(random.int(2...6)) scenarios in the draft rest on different assumptions about growth."
        },
        { context, random in
            "In a written statement, the office of \(random.pick(firstNames)) \(random.pick(lastNames)) "
                + "called the \(context.topic) review “a necessary first step” and promised further consultation."
        },
        { context, random in
            "Supporters say the changes are overdue: the current \(context.topic) rules were written "
                + "\(random.int(15...60)) years ago, when \(context.city) had less than half its present population."
        },
        { context, random in
            "A spokesperson for the \(context.agency) declined to say whether the \(random.int(3...90)) "
                + "objections filed so far would delay the timetable."
        },
    ]
}
